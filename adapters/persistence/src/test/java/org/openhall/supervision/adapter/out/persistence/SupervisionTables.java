package org.openhall.supervision.adapter.out.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties every table of the supervision context between tests. */
final class SupervisionTables {

    private SupervisionTables() {
    }

    static void truncate(JdbcClient jdbc) {
        jdbc.sql("""
                TRUNCATE supervision_accountability, supervision_order, supervision_warning, supervision_case_pause,
                    supervision_case_handler, supervision_case
                """).update();
    }
}
