package org.openhall.catalog.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openhall.shared.domain.InvalidValue;

/**
 * The published catalog as it stood on one day (某日的事项目录): every item whose version in force
 * that day was published, by code. Suspended and abolished items are not in it.
 */
public final class CatalogSnapshot {

    private final LocalDate day;
    private final Map<ApprovalItemCode, ApprovalItem> items;

    private CatalogSnapshot(LocalDate day, Map<ApprovalItemCode, ApprovalItem> items) {
        this.day = day;
        this.items = items;
    }

    /**
     * The snapshot of {@code day} from the versions in force that day; versions that were not
     * published on that day are left out.
     */
    public static CatalogSnapshot of(LocalDate day, Collection<ApprovalItem> versions) {
        if (day == null) {
            throw new InvalidValue("date", "must not be empty");
        }
        Map<ApprovalItemCode, ApprovalItem> byCode = new TreeMap<>(
                (a, b) -> a.value().compareTo(b.value()));
        for (ApprovalItem v : versions) {
            if (v.publishedOn(day) && byCode.put(v.code(), v) != null) {
                throw new InvalidValue("snapshot", "item " + v.code() + " has two versions in force on " + day);
            }
        }
        return new CatalogSnapshot(day, byCode);
    }

    public LocalDate day() {
        return day;
    }

    /** The items by code. */
    public List<ApprovalItem> items() {
        return List.copyOf(items.values());
    }

    /**
     * What changed from this snapshot to {@code later}: items added, items amended (another version
     * with other content — a version with the same content, such as one after a resumption, is no
     * amendment), and items removed.
     */
    public CatalogDiff changesUntil(CatalogSnapshot later) {
        List<ApprovalItem> added = new ArrayList<>();
        List<CatalogDiff.Amendment> amended = new ArrayList<>();
        List<ApprovalItem> removed = new ArrayList<>();
        for (ApprovalItem now : later.items.values()) {
            ApprovalItem before = items.get(now.code());
            if (before == null) {
                added.add(now);
            } else if (before.version() != now.version() && !before.content().equals(now.content())) {
                amended.add(new CatalogDiff.Amendment(before, now, before.content().changedElements(now.content())));
            }
        }
        for (ApprovalItem before : items.values()) {
            if (!later.items.containsKey(before.code())) {
                removed.add(before);
            }
        }
        return new CatalogDiff(day, later.day, added, amended, removed);
    }
}
