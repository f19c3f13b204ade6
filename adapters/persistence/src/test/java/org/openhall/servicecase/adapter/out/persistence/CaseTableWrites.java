package org.openhall.servicecase.adapter.out.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows a piece of work inserted, updated and deleted in each table of the case context, read
 * from {@code pg_stat_xact_user_tables} before and after it in the same transaction: counted by the
 * server itself for this connection only, so the figures are exact whatever else runs on the machine.
 * The view also holds what earlier transactions of the same connection wrote until the server
 * flushes its statistics, hence the difference rather than the figures themselves.
 */
record CaseTableWrites(Map<String, Writes> byTable) {

    /** Inserted, updated and deleted rows of one table. */
    record Writes(long inserted, long updated, long deleted) {

        static final Writes NONE = new Writes(0, 0, 0);

        Writes plus(Writes other) {
            return new Writes(inserted + other.inserted, updated + other.updated, deleted + other.deleted);
        }

        @Override
        public String toString() {
            return "+" + inserted + " ~" + updated + " -" + deleted;
        }
    }

    static final String[] TABLES = {"service_case", "service_case_material", "one_time_notice",
            "one_time_notice_item", "case_clock_pause", "case_clock_extension", "case_step", "case_pause",
            "case_fee_line", "case_transition"};

    /** What {@code work} wrote; call it inside the transaction that runs the work. */
    static CaseTableWrites of(JdbcClient jdbc, Runnable work) {
        CaseTableWrites before = read(jdbc);
        work.run();
        return read(jdbc).minus(before);
    }

    private static CaseTableWrites read(JdbcClient jdbc) {
        Map<String, Writes> byTable = new LinkedHashMap<>();
        for (String table : TABLES) {
            byTable.put(table, Writes.NONE);
        }
        jdbc.sql("""
                SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_xact_user_tables
                WHERE schemaname = current_schema() AND relname IN (:tables)
                """).param("tables", java.util.List.of(TABLES))
                .query((rs, n) -> byTable.put(rs.getString(1),
                        new Writes(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
                .list();
        return new CaseTableWrites(byTable);
    }

    Writes of(String table) {
        return byTable.getOrDefault(table, Writes.NONE);
    }

    private CaseTableWrites minus(CaseTableWrites earlier) {
        Map<String, Writes> difference = new LinkedHashMap<>();
        byTable.forEach((table, w) -> {
            Writes e = earlier.of(table);
            difference.put(table, new Writes(w.inserted - e.inserted, w.updated - e.updated, w.deleted - e.deleted));
        });
        return new CaseTableWrites(difference);
    }

    CaseTableWrites plus(CaseTableWrites other) {
        Map<String, Writes> sum = new LinkedHashMap<>(byTable);
        other.byTable.forEach((table, writes) -> sum.merge(table, writes, Writes::plus));
        return new CaseTableWrites(sum);
    }

    static CaseTableWrites none() {
        return new CaseTableWrites(Map.of());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        byTable.forEach((table, writes) -> text.append(String.format("%-22s %s%n", table, writes)));
        return text.toString();
    }
}
