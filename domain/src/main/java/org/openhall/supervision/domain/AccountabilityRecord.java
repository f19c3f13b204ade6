package org.openhall.supervision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * An accountability record (责任追究记录): what was done about a card, to whom — the staff members by
 * username — and why. Kept for ever; a card revoked later keeps its record, which then reads
 * against a revoked card.
 *
 * @param measure e.g. 批评教育, 诫勉谈话, 通报批评 — the centre's own list, kept as text
 */
@ValueObject
public record AccountabilityRecord(String id, String warningId, String caseId, String department, List<String> staff,
        String measure, String reasons, String recordedBy, LocalDate recordedOn) {

    public AccountabilityRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(warningId, "warningId");
        if (staff == null || staff.isEmpty()
                || staff.stream().anyMatch(s -> s == null || !s.strip().matches("[A-Za-z0-9._-]{1,64}"))) {
            throw new InvalidValue("staff", "must name at least one staff member, by username");
        }
        staff = staff.stream().map(String::strip).distinct().toList();
        if (measure == null || measure.isBlank() || measure.length() > 200) {
            throw new InvalidValue("measure", "must name the measure, in at most 200 characters");
        }
        if (reasons == null || reasons.isBlank() || reasons.length() > 4000) {
            throw new InvalidValue("reasons", "must state the reasons, in at most 4000 characters");
        }
        measure = measure.strip();
        reasons = reasons.strip();
    }
}
