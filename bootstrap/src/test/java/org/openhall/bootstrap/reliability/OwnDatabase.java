package org.openhall.bootstrap.reliability;

import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A PostgreSQL database for one reliability test class alone, so that row counts and outstanding
 * event publications are its own and not the rest of the suite's. Lives until the test JVM ends.
 */
final class OwnDatabase {

    private OwnDatabase() {
    }

    static RunningDatabase start(String purpose) {
        RunningDatabase database = PostgresTestDatabase.startRequested();
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, purpose + "-test-db-shutdown"));
        return database;
    }

    /** Points a context at {@code database}; runs after the base class's property source and wins. */
    static void pointAt(ConfigurableApplicationContext context, RunningDatabase database) {
        TestPropertyValues.of("spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password()).applyTo(context);
    }
}
