package org.openhall.bootstrap.reliability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The number of rows of every table of the application, read in one statement: what a refused
 * request must leave as it found it.
 */
final class RowCounts {

    private final JdbcTemplate jdbc;
    private final String query;

    private RowCounts(JdbcTemplate jdbc, String query) {
        this.jdbc = jdbc;
        this.query = query;
    }

    /** Every base table of the public schema but {@code ignored} ones (each with its reason at the caller). */
    static RowCounts of(JdbcTemplate jdbc, Set<String> ignored) {
        List<String> tables = jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name""", String.class)
                .stream().filter(t -> !ignored.contains(t)).toList();
        String query = tables.stream()
                .map(t -> "SELECT '" + t + "' AS t, count(*) AS n FROM \"" + t + "\"")
                .collect(Collectors.joining(" UNION ALL "));
        return new RowCounts(jdbc, query);
    }

    Map<String, Long> now() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(query, row -> {
            counts.put(row.getString("t"), row.getLong("n"));
        });
        return counts;
    }

    /** The tables whose counts differ, with before → after. */
    static Map<String, String> changes(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new LinkedHashMap<>();
        before.forEach((table, n) -> {
            if (!n.equals(after.get(table))) {
                changed.put(table, n + " -> " + after.get(table));
            }
        });
        return changed;
    }
}
