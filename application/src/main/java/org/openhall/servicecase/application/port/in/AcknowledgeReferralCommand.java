package org.openhall.servicecase.application.port.in;

import org.openhall.servicecase.domain.consultation.ConsultationId;
import org.openhall.shared.domain.access.Actor;

/** 签收: a clerk of the department a consultation was referred to signs for it. */
public record AcknowledgeReferralCommand(Actor actor, ConsultationId consultationId) {
}
