package org.openhall.catalog.domain.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.catalog.domain.CatalogAction;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * The change does not fit the item's current status: only a published item can be suspended,
 * only a suspended one resumed, an abolished one neither; an item that is not in the catalog
 * cannot be changed at all.
 */
public final class ItemStatusConflict extends DomainProblem {

    /** @param current the status of the item's latest version, or {@code null} if it has none */
    public ItemStatusConflict(String itemCode, ItemStatus current, CatalogAction attempted) {
        super("item.status-conflict", ProblemKind.CONFLICT,
                "Item " + itemCode + " is " + (current == null ? "not in the catalog" : current) + ": " + attempted
                        + " is not possible",
                details(itemCode, current, attempted));
    }

    private static Map<String, Object> details(String itemCode, ItemStatus current, CatalogAction attempted) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("itemCode", itemCode);
        details.put("itemStatus", current == null ? "NONE" : current.name());
        details.put("catalogAction", attempted);
        return details;
    }
}
