package org.openhall.shared.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.Source;

class PostgresTestDatabaseTest {

    private static final String LOCAL_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private final String requestedBefore = System.getProperty(PostgresTestDatabase.SOURCE_PROPERTY);

    @AfterEach
    void restoreRequestedSource() {
        if (requestedBefore == null) {
            System.clearProperty(PostgresTestDatabase.SOURCE_PROPERTY);
        } else {
            System.setProperty(PostgresTestDatabase.SOURCE_PROPERTY, requestedBefore);
        }
    }

    @Test
    void requestingTheEmbeddedSourceStartsAnEmbeddedServerThatAnswersQueries() throws SQLException {
        System.setProperty(PostgresTestDatabase.SOURCE_PROPERTY, "embedded");

        try (RunningDatabase database = PostgresTestDatabase.startRequested()) {
            assertThat(database.source()).isEqualTo(Source.EMBEDDED);
            assertThat(queryOne(database.dataSource(), "SELECT current_setting('server_version_num')::int"))
                    .isGreaterThanOrEqualTo(170000);
        }
    }

    @Test
    void aLocalServerGetsAFreshDatabaseForThisJvmThatIsDroppedOnClose() throws SQLException {
        assumeTrue(localServerIsUp(), "no PostgreSQL on 127.0.0.1:5432");
        String name;

        try (RunningDatabase database = PostgresTestDatabase.start(Source.LOCAL)) {
            name = database.jdbcUrl().substring(database.jdbcUrl().lastIndexOf('/') + 1);
            assertThat(name).matches("openhall_test_" + ProcessHandle.current().pid() + "_[0-9a-f]{8}");
            assertThat(queryOne(database.dataSource(), "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
                    .isZero();
        }

        assertThat(databaseExists(name)).isFalse();
    }

    @Test
    void theSharedDatabaseIsStartedOnceForTheWholeJvm() {
        RunningDatabase first = PostgresTestDatabase.shared();

        assertThat(PostgresTestDatabase.shared()).isSameAs(first);
        assertThat(PostgresTestDatabase.jdbcUrl()).isEqualTo(first.jdbcUrl());
    }

    @Test
    void anUnknownSourceNameIsRefused() {
        assertThatThrownBy(() -> Source.named("h2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("embedded");
    }

    private static int queryOne(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static boolean localServerIsUp() {
        try (Connection connection = DriverManager.getConnection(LOCAL_ADMIN_URL + "?connectTimeout=2", "postgres", "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean databaseExists(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(LOCAL_ADMIN_URL, "postgres", "");
                var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }
}
