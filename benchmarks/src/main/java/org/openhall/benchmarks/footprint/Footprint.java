package org.openhall.benchmarks.footprint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;

import org.openhall.benchmarks.support.BenchDatabase;
import org.openhall.benchmarks.support.Results;

/**
 * Benchmark 7: what a case costs PostgreSQL — commits, rows written and WAL bytes — read around a
 * batch of whole cases from {@code pg_stat_database} (this database's counters only) and
 * {@code pg_current_wal_lsn()}. The server's WAL is shared by every database on it, so beside the
 * raw LSN distance the WAL records are attributed to this database with {@code pg_walinspect}: the
 * records touching its relations plus the commit records of the transactions that did. The
 * statistics are read from a database of their own so that reading them adds nothing, and only once the
 * counters have stopped moving (idle backends flush them up to 10 s late).
 */
public final class Footprint {

    /** One whole case of the system under test. */
    @FunctionalInterface
    public interface OneCase {
        void run() throws Exception;
    }

    /** Where the statistics are read from: a database of its own, so that reading them adds nothing. */
    static final String STATS_DATABASE = "openhall_bench_stats";

    private Footprint() {
    }

    public static void measure(String benchmark, BenchDatabase db, int cases, OneCase oneCase, Results results)
            throws Exception {
        BenchDatabase stats = BenchDatabase.named(STATS_DATABASE);
        if (!stats.exists()) {
            stats.recreate();
        }
        try (Connection admin = stats.connect()) {
            boolean walinspect = walinspect(admin);
            long[] before = settled(admin, db.name());
            String lsnBefore = lsn(admin);
            for (int i = 0; i < cases; i++) {
                oneCase.run();
            }
            // A case's cost includes what its event listeners write after the answer.
            awaitListeners(db, Duration.ofMinutes(10));
            // WAL is written by the commits themselves; read it at once, before the server recycles it.
            String lsnAfter = lsn(admin);
            long[] own = walinspect ? walOfDatabase(admin, db.name(), lsnBefore, lsnAfter) : null;
            long[] after = settled(admin, db.name());
            long cluster;
            try (PreparedStatement s = admin.prepareStatement("SELECT pg_wal_lsn_diff(?::pg_lsn, ?::pg_lsn)")) {
                s.setString(1, lsnAfter);
                s.setString(2, lsnBefore);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    cluster = rs.getLong(1);
                }
            }
            String p = benchmark + ".footprint.";
            results.put(p + "commits_per_case", (after[0] - before[0]) / (double) cases);
            results.put(p + "rows_inserted_per_case", (after[1] - before[1]) / (double) cases);
            results.put(p + "rows_updated_per_case", (after[2] - before[2]) / (double) cases);
            results.put(p + "rows_deleted_per_case", (after[3] - before[3]) / (double) cases);
            results.put(p + "wal_server_bytes_per_case", cluster / (double) cases);
            if (own != null) {
                results.put(p + "wal_bytes_per_case", own[0] / (double) cases);
                results.put(p + "wal_page_image_bytes_per_case", own[1] / (double) cases);
            }
        }
    }

    /** Undelivered events in the supervision feed's outbox (its queue); the listeners' publications aside. */
    private static final String UNDELIVERED_FEED = "SELECT count(*) FROM supervision_feed_pending";

    /**
     * Waits until OpenHall's event listeners have handled every stored publication (none left without
     * completion date) and the supervision feed's relay has delivered its outbox, at most {@code max};
     * answers the seconds it waited. A database without either table (Flowable's) has nothing to wait for.
     */
    public static double awaitListeners(BenchDatabase db, Duration max) throws SQLException, InterruptedException {
        long t0 = System.nanoTime();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            boolean publications = exists(s, "event_publication");
            boolean feed = exists(s, "supervision_feed_pending");
            while (publications || feed) {
                long open = publications ? count(s, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                        : 0;
                long undelivered = feed ? count(s, UNDELIVERED_FEED) : 0;
                if (open == 0 && undelivered == 0) {
                    break;
                }
                if (System.nanoTime() - t0 > max.toNanos()) {
                    System.err.println(open + " publications still open and " + undelivered
                            + " feed events undelivered after " + max + " in " + db.name());
                    break;
                }
                Thread.sleep(250);
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * How much OpenHall still owes after a load: stored publications its event listeners have not handled
     * yet plus events the supervision feed's outbox has not delivered yet.
     */
    public static long openPublications(BenchDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            long open = exists(s, "event_publication")
                    ? count(s, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL") : 0;
            long undelivered = exists(s, "supervision_feed_pending") ? count(s, UNDELIVERED_FEED) : 0;
            return open + undelivered;
        }
    }

    private static boolean exists(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long[] settled(Connection admin, String database) throws SQLException, InterruptedException {
        // An idle backend flushes its pending counters up to 10 s late (PGSTAT_IDLE_INTERVAL): wait that
        // out, then until two readings a second apart agree.
        Thread.sleep(11_000);
        long[] last = counters(admin, database);
        for (int i = 0; i < 5; i++) {
            Thread.sleep(1000);
            long[] now = counters(admin, database);
            if (Arrays.equals(now, last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private static long[] counters(Connection admin, String database) throws SQLException {
        try (Statement clear = admin.createStatement()) {
            clear.execute("SELECT pg_stat_clear_snapshot()");
        }
        try (PreparedStatement s = admin.prepareStatement(
                "SELECT xact_commit, tup_inserted, tup_updated, tup_deleted FROM pg_stat_database WHERE datname = ?")) {
            s.setString(1, database);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) };
            }
        }
    }

    private static String lsn(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_current_wal_lsn()::text")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static boolean walinspect(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_walinspect");
            return true;
        } catch (SQLException e) {
            System.err.println("pg_walinspect unavailable, WAL not attributed to the database: " + e.getMessage());
            return false;
        }
    }

    /** WAL bytes of the database's records between the two positions, or -1 if they cannot be read. */
    private static long[] walOfDatabase(Connection c, String database, String from, String to) {
        // Beside the total, the full-page images in it: the first change of a page after a checkpoint
        // writes the whole page, so how much of them a batch pays depends on when the last checkpoint
        // was, not only on what the batch wrote.
        try (PreparedStatement s = c.prepareStatement("""
                WITH r AS (SELECT xid::text AS xid, record_length, fpi_length, block_ref
                           FROM pg_get_wal_records_info(?::pg_lsn, ?::pg_lsn)),
                     pattern AS (SELECT 'rel [0-9]+/' || oid || '/' AS p FROM pg_database WHERE datname = ?),
                     ours AS (SELECT DISTINCT r.xid FROM r, pattern WHERE r.block_ref ~ pattern.p AND r.xid <> '0')
                SELECT coalesce(sum(record_length), 0), coalesce(sum(fpi_length), 0) FROM r, pattern
                WHERE r.block_ref ~ pattern.p OR r.xid IN (SELECT xid FROM ours)""")) {
            s.setString(1, from);
            s.setString(2, to);
            s.setString(3, database);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        } catch (SQLException e) {
            System.err.println("WAL not attributed to the database: " + e.getMessage());
            return null;
        }
    }
}
