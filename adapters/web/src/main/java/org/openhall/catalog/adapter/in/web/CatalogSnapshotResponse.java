package org.openhall.catalog.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import org.openhall.catalog.domain.ItemKind;

/** The published catalog of one day (某日事项目录), by code. */
public record CatalogSnapshotResponse(LocalDate date, int count, List<Entry> items) {

    /**
     * One item with the version in force that day.
     *
     * @param validTo {@code null} while open-ended
     */
    public record Entry(String code, int version, String name, ItemKind kind, String department, LocalDate validFrom,
            LocalDate validTo) {
    }
}
