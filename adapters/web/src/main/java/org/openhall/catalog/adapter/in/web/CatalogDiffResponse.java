package org.openhall.catalog.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import org.openhall.catalog.adapter.in.web.CatalogSnapshotResponse.Entry;

/** What changed in the published catalog from one day to another (目录变化). */
public record CatalogDiffResponse(LocalDate from, LocalDate to, List<Entry> added, List<Amendment> amended,
        List<Entry> removed) {

    /**
     * An item published on both days under versions with different content.
     *
     * @param changedElements e.g. {@code materials}, {@code promisedLimit}
     */
    public record Amendment(String code, String name, int fromVersion, int toVersion, List<String> changedElements) {
    }
}
