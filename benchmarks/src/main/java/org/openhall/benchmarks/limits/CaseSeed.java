package org.openhall.benchmarks.limits;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.openhall.benchmarks.support.BenchDatabase;

/**
 * Cases written straight into OpenHall's schema for the plain-SQL limit: case {@code n} has the id
 * {@code 00000000-0000-0000-0000-<n in hex>} and one audit row (its receipt), as a received case has.
 */
final class CaseSeed {

    private CaseSeed() {
    }

    static void seed(BenchDatabase db, int cases) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO service_case (id, number, item_code, item_version, item_name, department,
                        applicant_name, applicant_id_number, applicant_phone, status, received_at, received_on,
                        received_by, submission_round, round_received_on, transition_count, version, hall_level)
                    SELECT lpad(to_hex(n), 32, '0')::uuid, 'BENCH-' || n, 'SCJG-001', 1, '食品经营许可', 'SCJG',
                        '张三', '11010519491231002X', '13800138000', 'SUBMITTED', now(), current_date,
                        'clerk.scjg', 1, current_date, 1, 0, 'CITY'
                    FROM generate_series(1, %d) AS n""".formatted(cases));
            s.execute("""
                    INSERT INTO case_transition (case_id, sequence, action, from_status, to_status, actor,
                        actor_department, at)
                    SELECT id, 1, 'SUBMIT', NULL, 'SUBMITTED', 'clerk.scjg', 'SCJG', now() FROM service_case""");
            s.execute("VACUUM ANALYZE service_case");
            s.execute("VACUUM ANALYZE case_transition");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed the cases", e);
        }
    }
}
