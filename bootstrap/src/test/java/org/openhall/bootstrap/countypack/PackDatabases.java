package org.openhall.bootstrap.countypack;

import java.util.List;

import javax.sql.DataSource;

import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Databases of their own for the county pack tests, apart from the one the application tests
 * share: these tests empty theirs between imports. Created on first use, dropped when the JVM ends.
 */
final class PackDatabases {

    private static RunningDatabase importDatabase;
    private static RunningDatabase commandLineDatabase;

    private PackDatabases() {
    }

    /** The database the import tests' application context runs on. */
    static synchronized RunningDatabase forImports() {
        if (importDatabase == null) {
            importDatabase = started();
        }
        return importDatabase;
    }

    /** The database the command line tests point {@code OPENHALL_DB_URL} at. */
    static synchronized RunningDatabase forCommandLine() {
        if (commandLineDatabase == null) {
            commandLineDatabase = started();
        }
        return commandLineDatabase;
    }

    /** Empties every table but Flyway's history: the state of an installation that never imported a pack. */
    static void empty(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> tables = jdbc.queryForList("""
                SELECT quote_ident(tablename) FROM pg_tables
                WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'""", String.class);
        if (!tables.isEmpty()) {
            jdbc.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
        }
    }

    /** How many rows each table holds, to show that something changed nothing. */
    static java.util.Map<String, Integer> rowCounts(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String table : jdbc.queryForList("""
                SELECT quote_ident(tablename) FROM pg_tables
                WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'""", String.class)) {
            counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class));
        }
        return counts;
    }

    private static RunningDatabase started() {
        RunningDatabase database = PostgresTestDatabase.startRequested();
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "county-pack-test-db-shutdown"));
        return database;
    }
}
