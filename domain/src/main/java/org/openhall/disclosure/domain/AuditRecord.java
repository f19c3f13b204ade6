package org.openhall.disclosure.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * One recorded step of a disclosure request or catalog entry (留痕): who did what and when.
 * Append-only: a record is never changed once stored, so a withdrawal of published information
 * or a late reply can always be traced to the person and the reason.
 *
 * @param subjectId the request's or entry's id
 * @param sequence 1 for the first step of the subject, then one more for each
 * @param action what was done, e.g. {@code REPLY} or {@code WITHDRAW}
 * @param actor the staff member's user name
 * @param note what the step said, e.g. the reason of a withdrawal; never personal data of an applicant
 */
@ValueObject
public record AuditRecord(String subjectId, int sequence, String action, String actor, Instant at, String note) {

    public AuditRecord {
        if (subjectId == null || action == null || actor == null || at == null) {
            throw new InvalidValue("audit", "subject, action, actor and time must be given");
        }
        if (sequence < 1) {
            throw new InvalidValue("sequence", "must be 1 or more");
        }
    }
}
