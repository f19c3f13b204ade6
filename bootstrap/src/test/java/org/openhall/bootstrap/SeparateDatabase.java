package org.openhall.bootstrap;

import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test context at a PostgreSQL database of its own, for ITs whose data would disturb the
 * others sharing the suite's database (hundreds of cases on the first pages of lists, event
 * publications still outstanding). An initializer rather than a {@code @DynamicPropertySource}: it
 * runs after the base class's registration and goes first.
 */
abstract class SeparateDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Starts a database that lives until the test JVM ends. */
    static RunningDatabase start(String purpose) {
        RunningDatabase database = PostgresTestDatabase.startRequested();
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, purpose + "-test-db-shutdown"));
        return database;
    }

    /** The database this initializer points the context at. */
    abstract RunningDatabase database();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        RunningDatabase database = database();
        TestPropertyValues.of("spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password()).applyTo(context);
    }
}
