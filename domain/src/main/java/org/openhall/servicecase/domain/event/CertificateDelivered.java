package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 送达: the result reached the applicant — {@code method} PICKUP (at the window, ID checked) or MAIL
 * (with {@code carrier} and {@code trackingNumber}).
 */
public record CertificateDelivered(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, String method,
        LocalDate deliveredOn, String carrier, String trackingNumber) implements CaseEvent {
}
