package org.openhall.catalog.application.port.in;

import java.time.LocalDate;
import java.util.List;

import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.CatalogSnapshot;
import org.openhall.catalog.domain.ItemKind;

/**
 * The published catalog of one day (某日事项目录): every item published that day, by code, with
 * the version then in force.
 */
public record CatalogSnapshotView(LocalDate date, int count, List<Entry> items) {

    /**
     * One item of a snapshot or a diff.
     *
     * @param validTo the last day of that version, or {@code null} while open-ended
     */
    public record Entry(String code, int version, String name, ItemKind kind, String department, LocalDate validFrom,
            LocalDate validTo) {

        public static Entry of(ApprovalItem item) {
            return new Entry(item.code().value(), item.version(), item.name(), item.kind(), item.department().value(),
                    item.validity().from(), item.validity().to());
        }
    }

    public static CatalogSnapshotView of(CatalogSnapshot snapshot) {
        List<Entry> items = snapshot.items().stream().map(Entry::of).toList();
        return new CatalogSnapshotView(snapshot.day(), items.size(), items);
    }
}
