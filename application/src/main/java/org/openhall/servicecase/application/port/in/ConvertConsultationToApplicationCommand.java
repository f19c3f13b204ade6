package org.openhall.servicecase.application.port.in;

import java.util.Set;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.consultation.ConsultationId;
import org.openhall.shared.domain.access.Actor;

/**
 * 咨询转申请: the enquirer applies on the spot; the clerk receives the application (收件) with the
 * materials handed in, at {@code window} ({@code null} when not said).
 */
public record ConvertConsultationToApplicationCommand(Actor actor, ConsultationId consultationId,
        ApprovalItemCode itemCode, Applicant applicant, Set<String> materials, WindowCode window) {

    public ConvertConsultationToApplicationCommand {
        materials = Set.copyOf(materials);
    }
}
