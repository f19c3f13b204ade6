package org.openhall.servicecase.application.port.in;

import java.time.Instant;

import org.openhall.servicecase.domain.consultation.ConsultationChannel;
import org.openhall.servicecase.domain.consultation.ConsultationState;

/**
 * A consultation as staff see it; the enquirer's name and phone are masked (张*, 138****1234).
 *
 * @param itemCode   {@code null} when the question was not about an item
 * @param department the department responsible now
 * @param referral   {@code null} unless referred
 */
public record ConsultationView(String id, ConsultationChannel channel, String enquirerName, String enquirerPhone,
        String question, String itemCode, String department, String originDepartment, String firstContactClerk,
        String responsibleClerk, ConsultationState state, Instant recordedAt, String answer, String answeredBy,
        Instant closedAt, String caseId, String caseNumber, ReferralView referral, long version) {

    /** A hand-over to the competent department (首问转办) and its acknowledgement (签收), if given. */
    public record ReferralView(String fromDepartment, String toDepartment, String reason, String referredBy,
            Instant referredAt, String acknowledgedBy, Instant acknowledgedAt) {
    }
}
