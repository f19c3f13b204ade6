package org.openhall.catalog.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What changed in the published catalog between two days (目录变化): the items added, amended and
 * removed, each by code.
 *
 * @param from    the earlier day
 * @param to      the later day
 * @param added   items published on {@code to} but not on {@code from}, as on {@code to}
 * @param amended items published on both days under versions with different content
 * @param removed items published on {@code from} but not on {@code to} (suspended or abolished meanwhile), as on {@code from}
 */
public record CatalogDiff(LocalDate from, LocalDate to, List<ApprovalItem> added, List<Amendment> amended,
        List<ApprovalItem> removed) {

    public CatalogDiff {
        added = List.copyOf(added);
        amended = List.copyOf(amended);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && amended.isEmpty() && removed.isEmpty();
    }

    /**
     * One amended item: the version of each day and the elements in which their content differs.
     *
     * @param changedElements names of {@link ItemContent}'s elements, e.g. {@code materials}
     */
    public record Amendment(ApprovalItem before, ApprovalItem after, List<String> changedElements) {

        public Amendment {
            changedElements = List.copyOf(changedElements);
        }
    }
}
