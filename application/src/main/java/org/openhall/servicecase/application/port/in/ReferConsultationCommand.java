package org.openhall.servicecase.application.port.in;

import org.openhall.servicecase.domain.consultation.ConsultationId;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;

/** 首问转办: hands a consultation to the competent department, saying why. */
public record ReferConsultationCommand(Actor actor, ConsultationId consultationId, DepartmentCode department,
        String reason) {
}
