package org.openhall.servicecase.application.port.in;

import org.openhall.servicecase.domain.consultation.ConsultationId;
import org.openhall.shared.domain.access.Actor;

/** 咨询答复: the responsible department answers the enquiry. */
public record AnswerConsultationCommand(Actor actor, ConsultationId consultationId, String answer) {
}
