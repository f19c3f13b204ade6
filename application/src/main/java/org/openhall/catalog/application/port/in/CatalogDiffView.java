package org.openhall.catalog.application.port.in;

import java.time.LocalDate;
import java.util.List;

import org.openhall.catalog.application.port.in.CatalogSnapshotView.Entry;
import org.openhall.catalog.domain.CatalogDiff;

/**
 * What changed in the published catalog from one day to another (目录变化): items added, amended
 * and removed, each list by code.
 *
 * @param added   as published on {@code to}
 * @param removed as published on {@code from}
 */
public record CatalogDiffView(LocalDate from, LocalDate to, List<Entry> added, List<Amendment> amended,
        List<Entry> removed) {

    /**
     * An item published on both days under versions with different content.
     *
     * @param changedElements the elements that differ, e.g. {@code materials}, {@code promisedLimit}
     */
    public record Amendment(String code, String name, int fromVersion, int toVersion, List<String> changedElements) {
    }

    public static CatalogDiffView of(CatalogDiff diff) {
        return new CatalogDiffView(diff.from(), diff.to(), diff.added().stream().map(Entry::of).toList(),
                diff.amended().stream().map(a -> new Amendment(a.after().code().value(), a.after().name(),
                        a.before().version(), a.after().version(), a.changedElements())).toList(),
                diff.removed().stream().map(Entry::of).toList());
    }
}
