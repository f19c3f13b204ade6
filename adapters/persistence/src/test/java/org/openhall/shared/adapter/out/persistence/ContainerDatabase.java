package org.openhall.shared.adapter.out.persistence;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A PostgreSQL container for the test database chain. Kept apart so that Testcontainers is
 * loaded only when the chain reaches Docker.
 */
final class ContainerDatabase {

    private final PostgreSQLContainer container;

    private ContainerDatabase(PostgreSQLContainer container) {
        this.container = container;
    }

    static boolean dockerIsAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static ContainerDatabase start(String image) {
        PostgreSQLContainer container = new PostgreSQLContainer(image);
        container.start();
        return new ContainerDatabase(container);
    }

    String jdbcUrl() {
        return container.getJdbcUrl();
    }

    String username() {
        return container.getUsername();
    }

    String password() {
        return container.getPassword();
    }

    void stop() {
        container.stop();
    }
}
