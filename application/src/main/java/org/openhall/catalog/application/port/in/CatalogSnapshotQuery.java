package org.openhall.catalog.application.port.in;

import java.time.LocalDate;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The published catalog as a dated snapshot, and what changed between two dates (目录动态管理).
 * Public: the catalog of any day, past or announced, can be looked up.
 */
@PrimaryPort
public interface CatalogSnapshotQuery {

    /** The items published on {@code date}, by code, with the version in force that day. */
    CatalogSnapshotView snapshot(LocalDate date);

    /**
     * What was added, amended and removed from the catalog of {@code from} to the catalog of {@code to}.
     *
     * @throws org.openhall.shared.domain.InvalidValue when {@code to} is before {@code from}
     */
    CatalogDiffView diff(LocalDate from, LocalDate to);
}
