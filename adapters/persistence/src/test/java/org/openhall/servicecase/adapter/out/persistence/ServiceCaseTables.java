package org.openhall.servicecase.adapter.out.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties every table of the case context between tests. */
final class ServiceCaseTables {

    private ServiceCaseTables() {
    }

    static void truncate(JdbcClient jdbc) {
        jdbc.sql("""
                TRUNCATE service_case, service_case_material, one_time_notice, one_time_notice_item,
                    case_clock_pause, case_clock_extension, case_transition, case_number_sequence, case_step, case_pause,
                    case_fee_line, case_number_counter
                """).update();
    }
}
