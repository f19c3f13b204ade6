package org.openhall.catalog.application.port.in;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.catalog.domain.ItemStatus;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * The item is in the catalog but receives no new applications today: it is suspended (暂停办理),
 * abolished (已取消), or its first version is not yet in force.
 */
public final class ItemNotAvailable extends DomainProblem {

    /** @param status the status of the version in force today, or {@code null} if none is in force yet */
    public ItemNotAvailable(String itemCode, ItemStatus status) {
        super("item.not-available", ProblemKind.CONFLICT,
                "Item " + itemCode + " receives no applications (" + (status == null ? "not yet in force" : status)
                        + ")",
                details(itemCode, status));
    }

    private static Map<String, Object> details(String itemCode, ItemStatus status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("itemCode", itemCode);
        details.put("itemStatus", status == null ? "NONE" : status.name());
        return details;
    }
}
