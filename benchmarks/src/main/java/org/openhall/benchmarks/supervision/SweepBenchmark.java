package org.openhall.benchmarks.supervision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times the supervision sweep's queries on a million open cases in a scratch PostgreSQL database:
 * the next 1,000 cases due (by due date, and by next check day as the sweep reads them) and the
 * overdue count per department. Not part of the test run; see docs/benchmarks.md for the command.
 *
 * <p>Arguments (all optional): server URL without database (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}), user ({@code postgres}), number of cases
 * ({@code 1000000}), runs ({@code 5}). Run from the repository root: the table comes from the
 * context's own migration.
 */
public final class SweepBenchmark {

    private static final String DATABASE = "openhall_sweep_benchmark";
    /** The context's own migrations, applied in version order: the table and indexes as shipped. */
    private static final Path MIGRATIONS = Path.of("adapters/persistence/src/main/resources/db/migration/supervision");

    private static final String NEXT_DUE = """
            SELECT case_id, promised_due_on, department FROM supervision_case
            WHERE NOT closed AND promised_due_on >= DATE '2026-10-10' ORDER BY promised_due_on LIMIT 1000""";
    private static final String NEXT_CHECK = """
            SELECT * FROM supervision_case WHERE next_check_on IS NOT NULL AND next_check_on <= DATE '2026-10-10'
            ORDER BY next_check_on, case_id LIMIT 1000""";
    private static final String OVERDUE = """
            SELECT department, count(*) AS n FROM supervision_case
            WHERE NOT closed AND promised_due_on < DATE '2026-10-10' GROUP BY department""";

    private SweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String server = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/";
        String user = args.length > 1 ? args[1] : "postgres";
        int cases = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;

        try (Connection admin = DriverManager.getConnection(server + "postgres", user, "");
                Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
        try (Connection db = DriverManager.getConnection(server + DATABASE, user, "")) {
            try (Statement s = db.createStatement()) {
                for (Path migration : migrations()) {
                    s.execute(Files.readString(migration));
                }
                long start = System.nanoTime();
                // Due dates spread over a year from 2026-09-20: about one open case in twenty is overdue on 10-10.
                s.execute("""
                        INSERT INTO supervision_case (case_id, case_number, item_code, department, stage, closed,
                            accepted_on, promised_due_on, statutory_due_on, next_check_on)
                        SELECT 'c-' || i, 'HS-' || i, 'ITEM-' || i % 300, 'D' || i % 40,
                            CASE WHEN i % 10 = 0 THEN 'COMPLETED' ELSE 'ACCEPTED' END, i % 10 = 0,
                            DATE '2026-09-10' + i % 365, DATE '2026-09-20' + i % 365, DATE '2026-09-30' + i % 365,
                            CASE WHEN i % 10 = 0 THEN NULL ELSE DATE '2026-09-19' + i % 365 END
                        FROM generate_series(1, COUNT) AS i""".replace("COUNT", Integer.toString(cases * 10 / 9)));
                s.execute("VACUUM ANALYZE supervision_case");
                System.out.printf("loaded %,d cases (%,d open) in %.1f s%n", cases * 10 / 9, count(db),
                        (System.nanoTime() - start) / 1e9);
                s.execute("SET max_parallel_workers_per_gather = 0");
            }
            report(db, "next 1,000 due (open cases by due date)", NEXT_DUE, runs);
            report(db, "next 1,000 to check (sweep read)", NEXT_CHECK, runs);
            report(db, "overdue per department (40 departments)", OVERDUE, runs);
            System.out.println(plan(db, OVERDUE));
        } finally {
            try (Connection admin = DriverManager.getConnection(server + "postgres", user, "");
                    Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            }
        }
    }

    /** V7_1, V7_2, … in the order Flyway applies them (by the numbers of the version, not as text). */
    private static List<Path> migrations() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(f -> f.getFileName().toString().matches("V[0-9_]+__.*\\.sql"))
                    .sorted(Comparator.comparing(SweepBenchmark::version, SweepBenchmark::compareVersions))
                    .toList();
        }
    }

    private static int[] version(Path migration) {
        String v = migration.getFileName().toString().substring(1).split("__")[0];
        return Arrays.stream(v.split("_")).mapToInt(Integer::parseInt).toArray();
    }

    private static int compareVersions(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }

    private static long count(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM supervision_case WHERE NOT closed")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void report(Connection db, String name, String sql, int runs) throws SQLException {
        time(db, sql);
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ms.add(time(db, sql));
        }
        Collections.sort(ms);
        System.out.printf("%-45s median %8.2f ms  (runs: %s)%n", name, ms.get(ms.size() / 2), ms);
    }

    private static double time(Connection db, String sql) throws SQLException {
        long start = System.nanoTime();
        int rows = 0;
        try (PreparedStatement p = db.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                rows++;
            }
        }
        if (rows == 0) {
            throw new IllegalStateException("no rows for " + sql);
        }
        return Math.round((System.nanoTime() - start) / 1e4) / 100.0;
    }

    private static String plan(Connection db, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder("plan of the overdue count:\n");
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
            while (rs.next()) {
                plan.append("  ").append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
