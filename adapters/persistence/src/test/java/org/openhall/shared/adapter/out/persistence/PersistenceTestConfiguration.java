package org.openhall.shared.adapter.out.persistence;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * The smallest application that holds the persistence adapters: auto-configured data source,
 * Flyway and Spring Data JDBC, plus every adapter, row repository and mapper. A test
 * configuration, so that an application scanning {@code org.openhall} in its own tests skips it.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@ComponentScan(basePackages = {
        "org.openhall.shared.adapter.out.persistence",
        "org.openhall.catalog.adapter.out.persistence",
        "org.openhall.network.adapter.out.persistence",
        "org.openhall.servicecase.adapter.out.persistence",
        "org.openhall.participation.adapter.out.persistence",
        "org.openhall.disclosure.adapter.out.persistence",
        "org.openhall.supervision.adapter.out.persistence",
        "org.openhall.complaint.adapter.out.persistence", "org.openhall.audit.adapter.out.persistence" })
@EnableJdbcRepositories(basePackages = {
        "org.openhall.shared.adapter.out.persistence",
        "org.openhall.catalog.adapter.out.persistence",
        "org.openhall.network.adapter.out.persistence",
        "org.openhall.servicecase.adapter.out.persistence",
        "org.openhall.participation.adapter.out.persistence",
        "org.openhall.disclosure.adapter.out.persistence",
        "org.openhall.complaint.adapter.out.persistence" })
public class PersistenceTestConfiguration {

    /** Personal data in the tests is sealed with the public demo keys. */
    public static final String DEMO_KEYS = "openhall.personal-data.allow-demo-keys=true";

    /** What an application must set so that Flyway finds every context's migrations. */
    public static final String FLYWAY_LOCATIONS = "spring.flyway.locations=classpath:db/migration/shared,"
            + "classpath:db/migration/catalog,classpath:db/migration/network,classpath:db/migration/servicecase,"
            + "classpath:db/migration/participation,"
            + "classpath:db/migration/disclosure,"
            + "classpath:db/migration/supervision,"
            + "classpath:db/migration/complaint,"
            + "classpath:db/migration/audit";
}
