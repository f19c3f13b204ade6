package org.openhall.catalog.domain.problem;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * A new version would begin before the latest version of the item begins: versions follow each
 * other in time, so that at most one is in force on any day.
 */
public final class ValidityConflict extends DomainProblem {

    public ValidityConflict(String itemCode, LocalDate from, int latestVersion, LocalDate latestFrom) {
        super("item.validity-conflict", ProblemKind.CONFLICT, "A version of item " + itemCode + " from " + from
                + " cannot precede version " + latestVersion + " in force from " + latestFrom,
                details(itemCode, from, latestVersion, latestFrom));
    }

    private static Map<String, Object> details(String itemCode, LocalDate from, int latestVersion,
            LocalDate latestFrom) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("itemCode", itemCode);
        details.put("from", from);
        details.put("latestVersion", latestVersion);
        details.put("latestFrom", latestFrom);
        return details;
    }
}
