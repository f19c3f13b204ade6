package org.openhall.benchmarks.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;

/**
 * Throwaway databases on the PostgreSQL server the benchmarks measure ({@code BENCH_PG_HOST},
 * {@code BENCH_PG_PORT}, {@code BENCH_PG_USER}; by default 127.0.0.1:5432 as postgres). Each
 * benchmark gets a database of its own, created empty and dropped by {@link #drop}.
 */
public record BenchDatabase(String host, int port, String user, String password, String name) {

    /** The folders of OpenHall's Flyway migrations, one per bounded context, as the application lists them. */
    public static final String[] MIGRATIONS = { "classpath:db/migration/shared", "classpath:db/migration/catalog",
            "classpath:db/migration/network", "classpath:db/migration/servicecase",
            "classpath:db/migration/disclosure", "classpath:db/migration/participation",
            "classpath:db/migration/supervision-feed", "classpath:db/migration/supervision",
            "classpath:db/migration/notification", "classpath:db/migration/complaint", "classpath:db/migration/audit" };

    public static BenchDatabase named(String name) {
        return new BenchDatabase(env("BENCH_PG_HOST", "127.0.0.1"), Integer.parseInt(env("BENCH_PG_PORT", "5432")),
                env("BENCH_PG_USER", "postgres"), env("BENCH_PG_PASSWORD", ""), name);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    public String adminUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/postgres";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    public Connection connectAdmin() throws SQLException {
        return DriverManager.getConnection(adminUrl(), user, password);
    }

    /** Drops the database if it is there and creates it empty. */
    public BenchDatabase recreate() {
        try (Connection c = connectAdmin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the benchmark database " + name, e);
        }
        return this;
    }

    public void drop() {
        try (Connection c = connectAdmin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the benchmark database " + name, e);
        }
    }

    /** Applies OpenHall's migrations (the schema the server creates on its first start). */
    public BenchDatabase migrate() {
        Flyway.configure().dataSource(jdbcUrl(), user, password).locations(MIGRATIONS).outOfOrder(true)
                .failOnMissingLocations(false).load().migrate();
        return this;
    }

    public boolean exists() {
        try (Connection c = connectAdmin(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            return rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
