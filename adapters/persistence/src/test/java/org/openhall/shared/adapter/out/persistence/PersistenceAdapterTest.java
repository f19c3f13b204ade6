package org.openhall.shared.adapter.out.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootContextLoader;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test of the persistence adapters against the shared PostgreSQL test database, migrated by
 * Flyway. All such tests share one Spring context.
 *
 * <p>Not {@code @SpringBootTest}: that would insist on a {@code @SpringBootConfiguration}, and
 * one in this test jar would be found by the application's own tests too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(SpringExtension.class)
@ContextConfiguration(classes = PersistenceTestConfiguration.class,
        initializers = PostgresTestDatabase.Initializer.class, loader = SpringBootContextLoader.class)
@TestPropertySource(properties = { PersistenceTestConfiguration.FLYWAY_LOCATIONS,
        PersistenceTestConfiguration.DEMO_KEYS })
public @interface PersistenceAdapterTest {
}
