package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 制证: the certificate (证照) was issued; {@code serveBy} is the Art. 44 limit, {@code withinLimit}
 * whether it was kept.
 */
public record CertificateIssued(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, String certificateNumber,
        LocalDate issuedOn, LocalDate serveBy, boolean withinLimit) implements CaseEvent {
}
