package org.openhall.shared.adapter.out.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL database that every test of this JVM runs against, started on first use and
 * shared until the JVM ends. It is found, in this order:
 * <ol>
 * <li>{@code OPENHALL_TEST_DB_URL} (with {@code OPENHALL_TEST_DB_USER} and
 * {@code OPENHALL_TEST_DB_PASSWORD}): a database someone prepared, used as it is;</li>
 * <li>a server on 127.0.0.1:5432 that lets user {@code postgres} (or {@code root}) in: a fresh
 * database named for this JVM is created there and dropped when the JVM ends;</li>
 * <li>Docker: a Testcontainers {@code postgres:17-alpine};</li>
 * <li>an embedded PostgreSQL run from the binaries on the test class path.</li>
 * </ol>
 * System property {@value #SOURCE_PROPERTY} ({@code environment}, {@code local}, {@code docker} or
 * {@code embedded}) skips the search and insists on one source.
 *
 * <p>Spring tests get the database through {@link Initializer} or {@link #registerProperties}.
 * Testcontainers and the embedded server are only touched when the chain gets that far, so a
 * module that reuses this class needs their libraries on its test class path only if it wants
 * those fallbacks.
 */
public final class PostgresTestDatabase {

    public static final String SOURCE_PROPERTY = "openhall.test.db";
    static final String URL_VARIABLE = "OPENHALL_TEST_DB_URL";
    static final String USER_VARIABLE = "OPENHALL_TEST_DB_USER";
    static final String PASSWORD_VARIABLE = "OPENHALL_TEST_DB_PASSWORD";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresTestDatabase.class);
    private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final List<String> LOCAL_USERS = List.of("postgres", "root");
    private static final String IMAGE = "postgres:17-alpine";

    private static RunningDatabase shared;

    private PostgresTestDatabase() {
    }

    /** Where a test database comes from. */
    public enum Source {
        ENVIRONMENT, LOCAL, DOCKER, EMBEDDED;

        /** The source named by {@value #SOURCE_PROPERTY}'s value, case-insensitive. */
        public static Source named(String name) {
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "environment", "env" -> ENVIRONMENT;
                case "local" -> LOCAL;
                case "docker", "testcontainers" -> DOCKER;
                case "embedded", "zonky" -> EMBEDDED;
                default -> throw new IllegalArgumentException(SOURCE_PROPERTY + " must be environment, local, "
                        + "docker or embedded, not " + name);
            };
        }
    }

    /** The JVM-wide database, started on first call and stopped (or dropped) when the JVM ends. */
    public static synchronized RunningDatabase shared() {
        if (shared == null) {
            RunningDatabase started = startRequested();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "openhall-test-db-shutdown"));
            shared = started;
        }
        return shared;
    }

    public static String jdbcUrl() {
        return shared().jdbcUrl();
    }

    public static String username() {
        return shared().username();
    }

    public static String password() {
        return shared().password();
    }

    public static DataSource dataSource() {
        return shared().dataSource();
    }

    /**
     * One connection of the shared database, committing each statement: for a test whose Flyway sets a
     * search path that the test's own reads must see.
     */
    public static SingleConnectionDataSource singleConnection() {
        try {
            SingleConnectionDataSource single = new SingleConnectionDataSource(dataSource().getConnection(), true);
            single.setAutoCommit(true);
            return single;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Source source() {
        return shared().source();
    }

    /** For {@code @DynamicPropertySource} methods: points {@code spring.datasource.*} at the shared database. */
    public static void registerProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::jdbcUrl);
        registry.add("spring.datasource.username", PostgresTestDatabase::username);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }

    /**
     * Starts a database as {@value #SOURCE_PROPERTY} asks, or from the first source of the chain
     * that is there. Not shared: the caller closes it.
     */
    public static RunningDatabase startRequested() {
        String requested = System.getProperty(SOURCE_PROPERTY);
        if (requested != null && !requested.isBlank()) {
            Source source = Source.named(requested);
            LOG.info("Test database: {} (requested with -D{}={})", source, SOURCE_PROPERTY, requested);
            return start(source);
        }
        if (System.getenv(URL_VARIABLE) != null) {
            return start(Source.ENVIRONMENT);
        }
        if (localServerUser() != null) {
            return start(Source.LOCAL);
        }
        if (dockerIsAvailable()) {
            return start(Source.DOCKER);
        }
        return start(Source.EMBEDDED);
    }

    /** Starts a database from {@code source}; fails when that source is not there. Not shared. */
    public static RunningDatabase start(Source source) {
        RunningDatabase database = switch (source) {
            case ENVIRONMENT -> fromEnvironment();
            case LOCAL -> onLocalServer();
            case DOCKER -> inContainer();
            case EMBEDDED -> embedded();
        };
        LOG.info("Test database: {} at {} as {}", database.source(), database.jdbcUrl(), database.username());
        return database;
    }

    private static RunningDatabase fromEnvironment() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(URL_VARIABLE + " is not set");
        }
        String user = System.getenv().getOrDefault(USER_VARIABLE, "postgres");
        String password = System.getenv().getOrDefault(PASSWORD_VARIABLE, "");
        return new RunningDatabase(Source.ENVIRONMENT, url, user, password, () -> {
        });
    }

    /** The first of the usual users that the local server lets in, or {@code null}. */
    private static String localServerUser() {
        for (String user : LOCAL_USERS) {
            try (Connection connection = connectLocally(user)) {
                if (connection.isValid(2)) {
                    return user;
                }
            } catch (SQLException refused) {
                LOG.debug("No local PostgreSQL for user {}: {}", user, refused.getMessage());
            }
        }
        return null;
    }

    private static Connection connectLocally(String user) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("loginTimeout", "3");
        return DriverManager.getConnection(LOCAL_SERVER + "postgres", properties);
    }

    private static RunningDatabase onLocalServer() {
        String user = localServerUser();
        if (user == null) {
            throw new IllegalStateException("No PostgreSQL on 127.0.0.1:5432 lets " + LOCAL_USERS + " in");
        }
        // One database per JVM, so that parallel builds on the same server never see each other's rows.
        String name = "openhall_test_" + ProcessHandle.current().pid() + "_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        execute(user, "CREATE DATABASE " + name);
        return new RunningDatabase(Source.LOCAL, LOCAL_SERVER + name, user, "",
                () -> execute(user, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static void execute(String user, String sql) {
        try (Connection connection = connectLocally(user); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Local PostgreSQL refused: " + sql, e);
        }
    }

    private static boolean dockerIsAvailable() {
        try {
            return ContainerDatabase.dockerIsAvailable();
        } catch (RuntimeException | LinkageError e) {
            // Also when Testcontainers is not on the class path of the module running the tests.
            LOG.debug("Docker is not available: {}", e.toString());
            return false;
        }
    }

    private static RunningDatabase inContainer() {
        ContainerDatabase container = ContainerDatabase.start(IMAGE);
        return new RunningDatabase(Source.DOCKER, container.jdbcUrl(), container.username(), container.password(),
                container::stop);
    }

    private static RunningDatabase embedded() {
        EmbeddedDatabase postgres = EmbeddedDatabase.start();
        return new RunningDatabase(Source.EMBEDDED, postgres.jdbcUrl(), "postgres", "", postgres::stop);
    }

    /** A started test database. Closing it stops it, or drops the database created for it. */
    public static final class RunningDatabase implements AutoCloseable {

        private final Source source;
        private final String jdbcUrl;
        private final String username;
        private final String password;
        private final Runnable stop;
        private boolean closed;

        private RunningDatabase(Source source, String jdbcUrl, String username, String password, Runnable stop) {
            this.source = source;
            this.jdbcUrl = jdbcUrl;
            this.username = username;
            this.password = password;
            this.stop = stop;
        }

        public Source source() {
            return source;
        }

        public String jdbcUrl() {
            return jdbcUrl;
        }

        public String username() {
            return username;
        }

        public String password() {
            return password;
        }

        /** A plain, unpooled data source: for tests that talk to the database without Spring. */
        public DataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(jdbcUrl);
            dataSource.setUser(username);
            dataSource.setPassword(password);
            return dataSource;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                try {
                    stop.run();
                    LOG.info("Test database {} at {} released", source, jdbcUrl);
                } catch (RuntimeException e) {
                    LOG.warn("Test database {} at {} could not be released", source, jdbcUrl, e);
                }
            }
        }
    }

    /**
     * Points {@code spring.datasource.*} at the shared database, for
     * {@code @ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)}.
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            RunningDatabase database = shared();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("openhallTestDatabase",
                    Map.of("spring.datasource.url", database.jdbcUrl(),
                            "spring.datasource.username", database.username(),
                            "spring.datasource.password", database.password())));
        }
    }
}
