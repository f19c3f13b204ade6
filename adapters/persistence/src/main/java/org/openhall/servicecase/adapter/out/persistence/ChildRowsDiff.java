package org.openhall.servicecase.adapter.out.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What must be written to one child table of a case to turn the rows it holds into the rows the
 * case now has: rows matched by key; a new key is inserted, a changed row updated, a key that is
 * gone deleted, and a row that reads the same is not touched.
 */
record ChildRowsDiff(List<ChildRow> inserted, List<ChildRow> updated, List<ChildRow> deleted) {

    static ChildRowsDiff between(List<ChildRow> stored, List<ChildRow> wanted) {
        Map<List<Object>, ChildRow> before = byKey(stored);
        List<ChildRow> inserted = new ArrayList<>();
        List<ChildRow> updated = new ArrayList<>();
        for (ChildRow row : wanted) {
            ChildRow old = before.remove(row.key());
            if (old == null) {
                inserted.add(row);
            } else if (!old.sameValuesAs(row)) {
                updated.add(row);
            }
        }
        return new ChildRowsDiff(inserted, updated, List.copyOf(before.values()));
    }

    /** Everything inserted: the rows of a case stored for the first time. */
    static ChildRowsDiff allNew(List<ChildRow> wanted) {
        return new ChildRowsDiff(wanted, List.of(), List.of());
    }

    boolean isEmpty() {
        return inserted.isEmpty() && updated.isEmpty() && deleted.isEmpty();
    }

    private static Map<List<Object>, ChildRow> byKey(List<ChildRow> rows) {
        Map<List<Object>, ChildRow> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.put(row.key(), row));
        return byKey;
    }
}
