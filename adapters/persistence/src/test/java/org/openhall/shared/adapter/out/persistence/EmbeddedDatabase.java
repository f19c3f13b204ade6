package org.openhall.shared.adapter.out.persistence;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL server, run from the binaries that come as Maven artifacts, for the
 * test database chain. Kept apart so that the embedded library is loaded only when the chain
 * gets this far.
 */
final class EmbeddedDatabase {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start() {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not stop", e);
        }
    }
}
