package org.openhall.catalog.domain.problem;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * A change to an item already in the catalog would take effect before today: that would rewrite
 * what the published catalog said on days already past, and cases were received under it. Only
 * an item's first version may be dated back (when an existing catalog is loaded).
 */
public final class RetroactiveChange extends DomainProblem {

    public RetroactiveChange(String itemCode, LocalDate from, LocalDate today) {
        super("item.retroactive-change", ProblemKind.UNPROCESSABLE,
                "A change of item " + itemCode + " cannot take effect on " + from + ", before today " + today,
                details(itemCode, from, today));
    }

    private static Map<String, Object> details(String itemCode, LocalDate from, LocalDate today) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("itemCode", itemCode);
        details.put("from", from);
        details.put("today", today);
        return details;
    }
}
