package org.openhall.servicecase.adapter.out.persistence;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a child table of a case as plain column values: its key within the case (the
 * {@code case_id} left out) and the rest of its columns, both in the order of the table's
 * {@link CaseChildTable} description. Enums are held by name, as they are stored.
 */
record ChildRow(List<Object> key, List<Object> values) {

    ChildRow {
        key = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(key));
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    /**
     * Whether the stored row would read the same: amounts compare by value, because a
     * {@code numeric(12, 2)} column hands back ¥10.00 for the ¥10 that was written.
     */
    boolean sameValuesAs(ChildRow other) {
        if (values.size() != other.values.size()) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            Object mine = values.get(i);
            Object theirs = other.values.get(i);
            boolean same = mine instanceof BigDecimal a && theirs instanceof BigDecimal b ? a.compareTo(b) == 0
                    : java.util.Objects.equals(mine, theirs);
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
