package org.openhall.complaint.application.port.in;

import java.time.OffsetDateTime;

/**
 * A ticket as the public may see it: no name, phone or e-mail of the citizen, no staff names.
 *
 * @param resolved      whether the ticket is completed (Open311 {@code closed})
 * @param statusNotes   the state in words (e.g. 已派单，办理中)
 * @param department    the department responsible, or {@code null} before dispatch
 * @param serviceNotice the limit that applies, in words
 * @param expectedAt    the end of the due date
 */
public record PublicTicketView(String number, String classCode, String className, boolean resolved,
        String statusNotes, String department, String description, String serviceNotice,
        OffsetDateTime requestedAt, OffsetDateTime updatedAt, OffsetDateTime expectedAt, String address,
        Double latitude, Double longitude) {
}
