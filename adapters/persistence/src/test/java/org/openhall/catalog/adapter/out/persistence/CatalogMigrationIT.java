package org.openhall.catalog.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The versioned catalog (V2_2) arrives on an installation that already ran V2_1 and the later
 * contexts' migrations: Flyway applies it out of order, and the items stored under V2_1 become
 * version rows in force since ever, searchable, with their materials. Runs in a schema of its own
 * on the test database.
 */
class CatalogMigrationIT {

    private static final String SCHEMA = "catalog_upgrade_test";
    private static final List<String> CONTEXTS = List.of("shared", "catalog", "network", "servicecase");

    private final SingleConnectionDataSource connection = connection();
    private final JdbcClient jdbc = JdbcClient.create(connection);

    @TempDir
    Path before;

    @AfterEach
    void dropSchema() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
        connection.destroy();
    }

    @Test
    void itemsStoredUnderV21BecomeVersionsInForceSinceEverWhenV22IsAppliedOutOfOrder() throws IOException {
        copyMigrationsExceptV22();
        flyway("filesystem:" + before.toAbsolutePath()).migrate();
        useSchema();
        jdbc.sql("""
                INSERT INTO approval_item VALUES ('SCJG-001', 1, '食品经营许可', 'ADMINISTRATIVE_LICENCE', 'SCJG',
                    '《中华人民共和国食品安全法》', '第三十五条', 20, 'WORKING_DAYS', 10, 'WORKING_DAYS')
                """).update();
        jdbc.sql("""
                INSERT INTO approval_item_material VALUES ('SCJG-001', 0, 'APP', '食品经营许可申请书', true, 1, true),
                    ('SCJG-001', 1, 'PROXY', '委托书', true, 1, false)
                """).update();

        int applied = flyway(CONTEXTS.stream().map(c -> "classpath:db/migration/" + c).toArray(String[]::new))
                .migrate().migrationsExecuted;
        useSchema();

        assertThat(applied).isEqualTo(1);
        Map<String, Object> version = jdbc.sql("""
                SELECT code, version, status, valid_from::text AS first_day, valid_to, statutory_limit_working_days AS days,
                    'SCJG-001' = ANY (ARRAY(SELECT code FROM approval_item_version
                        WHERE search_terms @> catalog_search_query_grams('食品'))) AS found
                FROM approval_item_version
                """).query().singleRow();
        assertThat(version).containsEntry("code", "SCJG-001").containsEntry("version", 1)
                .containsEntry("status", "PUBLISHED").containsEntry("first_day", "1970-01-01").containsEntry("days", 20)
                .containsEntry("found", true);
        assertThat(jdbc.sql("SELECT code || ':' || requirement FROM approval_item_version_material ORDER BY position")
                .query(String.class).list()).containsExactly("APP:REQUIRED", "PROXY:OPTIONAL");
        assertThat(jdbc.sql("SELECT law || article FROM approval_item_version_legal_basis").query(String.class)
                .single()).isEqualTo("《中华人民共和国食品安全法》第三十五条");
        assertThat(jdbc.sql("SELECT to_regclass('approval_item')::text").query(String.class).optional()).isEmpty();
    }

    private void useSchema() {
        jdbc.sql("SET search_path TO " + SCHEMA).update();
    }

    private Flyway flyway(String... locations) {
        return Flyway.configure().dataSource(connection).schemas(SCHEMA).locations(locations).outOfOrder(true).load();
    }

    /** Every context's migrations as they were before V2_2, in one folder. */
    private void copyMigrationsExceptV22() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String context : CONTEXTS) {
            for (Resource r : resolver.getResources("classpath:db/migration/" + context + "/*.sql")) {
                String name = r.getFilename();
                if (name != null && !name.startsWith("V2_2__")) {
                    try (InputStream in = r.getInputStream()) {
                        Files.copy(in, before.resolve(name));
                    }
                }
            }
        }
    }

    /** One connection, so that the schema Flyway sets as search path is the one the test reads. */
    private static SingleConnectionDataSource connection() {
        return PostgresTestDatabase.singleConnection();
    }
}
