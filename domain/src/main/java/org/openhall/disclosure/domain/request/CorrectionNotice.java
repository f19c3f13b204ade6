package org.openhall.disclosure.domain.request;

import java.time.LocalDate;
import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The correction notice (补正通知), Art. 30: an unclear request gets guidance and one
 * consolidated notice within 7 working days of receipt, telling everything to be corrected at
 * once and by when.
 *
 * @param points everything the applicant is to make clear or complete, never empty
 * @param issuedOn the day of the notice
 * @param dueOn the last day the applicant has for the correction ("合理的补正期限")
 * @param issuedBy who issued it
 */
@ValueObject
public record CorrectionNotice(List<String> points, LocalDate issuedOn, LocalDate dueOn, String issuedBy) {

    public CorrectionNotice {
        if (points == null || points.isEmpty() || points.stream().anyMatch(p -> p == null || p.isBlank())) {
            throw new InvalidValue("points", "a correction notice lists at least one point, none blank");
        }
        if (issuedOn == null || dueOn == null || issuedBy == null) {
            throw new InvalidValue("correctionNotice", "issue day, due day and issuer must be given");
        }
        if (!dueOn.isAfter(issuedOn)) {
            throw new InvalidValue("dueOn", "the applicant's deadline must lie after the day of the notice");
        }
        points = points.stream().map(String::strip).toList();
    }
}
