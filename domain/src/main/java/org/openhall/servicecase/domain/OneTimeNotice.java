package org.openhall.servicecase.domain;

import java.time.LocalDate;
import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The one-time notice of missing or defective materials (一次性告知), Administrative Licensing Law
 * Art. 32: it lists <em>all</em> of them at once, on the spot or within five working days of
 * receipt. A submission gets at most one such notice.
 *
 * @param submissionRound the submission it answers (1 for the first, 2 after the first supply …)
 * @param items           everything missing or defective, never empty
 */
@ValueObject
public record OneTimeNotice(int submissionRound, List<MissingMaterial> items, LocalDate issuedOn, String issuedBy) {

    public OneTimeNotice {
        if (items == null || items.isEmpty()) {
            throw new InvalidValue("missing", "a one-time notice lists at least one material");
        }
        items = List.copyOf(items);
    }
}
