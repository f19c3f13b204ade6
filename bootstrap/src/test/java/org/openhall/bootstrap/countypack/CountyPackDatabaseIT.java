package org.openhall.bootstrap.countypack;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openhall.bootstrap.countypack.cli.PackCommandApplication;
import org.openhall.shared.application.ChangeOutcome;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.service.CountyParameterService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * County pack import and export on a real PostgreSQL database of their own, in OpenHall as the
 * {@code pack} commands run it (no web server). Each test starts from an empty installation.
 *
 * <p>The application is closed after each test class, before the JVM ends: its database is
 * dropped then, and a pool still open on it would stall the shutdown.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(classes = { PackCommandApplication.class, CountyPackDatabaseIT.FailingOnDemand.class },
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { PackCommandApplication.SWITCH + "=true", "openhall.county-pack.import-on-start=false" })
abstract class CountyPackDatabaseIT {

    static final String HESHAN = "classpath:county-packs/heshan";

    @Autowired
    CountyPackImporter importer;

    @Autowired
    CountyPackExporter exporter;

    @Autowired
    DataSource dataSource;

    @Autowired
    FailingParameters failing;

    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PackDatabases.forImports().jdbcUrl());
        registry.add("spring.datasource.username", () -> PackDatabases.forImports().username());
        registry.add("spring.datasource.password", () -> PackDatabases.forImports().password());
    }

    @BeforeEach
    void emptyInstallation() {
        PackDatabases.empty(dataSource);
        failing.failOn(null);
    }

    @AfterEach
    void noFailureLeftOver() {
        failing.failOn(null);
    }

    /** Validates and imports the pack at {@code location}, new item versions taking effect today. */
    ImportReport importPack(String location) {
        return importer.importPack(CountyPackImporter.SYSTEM_ACTOR, new CountyPackLoader().load(location).orThrow(),
                LocalDate.now(clock), ImportProgress.NONE);
    }

    /** The county parameters, failing on one key when a test asks, to prove that a failure rolls back. */
    static final class FailingParameters implements CountyParameters {

        private final CountyParameters real;
        private final AtomicReference<String> failOn = new AtomicReference<>();

        FailingParameters(CountyParameters real) {
            this.real = real;
        }

        void failOn(String key) {
            failOn.set(key);
        }

        @Override
        public java.util.Optional<String> get(String key) {
            return real.get(key);
        }

        @Override
        public java.util.Map<String, String> all() {
            return real.all();
        }

        @Override
        public ChangeOutcome put(String key, String value) {
            if (key.equals(failOn.get())) {
                throw new IllegalStateException("the parameter store fails on " + key);
            }
            return real.put(key, value);
        }

        @Override
        public ChangeOutcome remove(String key) {
            return real.remove(key);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FailingOnDemand {

        @Bean
        @Primary
        FailingParameters failingParameters(CountyParameterService real) {
            return new FailingParameters(real);
        }
    }
}
