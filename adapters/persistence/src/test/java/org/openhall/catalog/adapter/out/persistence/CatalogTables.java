package org.openhall.catalog.adapter.out.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties every table of the catalog context between tests. */
final class CatalogTables {

    private CatalogTables() {
    }

    static void truncate(JdbcClient jdbc) {
        // TRUNCATE does not fire the change log's row triggers: only tests empty it.
        jdbc.sql("""
                TRUNCATE approval_item_version, approval_item_version_legal_basis, approval_item_version_material,
                    approval_item_version_step, approval_item_version_fee, catalog_change
                """).update();
    }
}
