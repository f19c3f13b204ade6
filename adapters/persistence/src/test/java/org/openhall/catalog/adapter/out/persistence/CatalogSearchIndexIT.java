package org.openhall.catalog.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.adapter.out.persistence.ApprovalItemPersistenceAdapter.SearchCondition;
import org.openhall.catalog.application.port.out.ApprovalItemRepository;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ApprovalItemVersionId;
import org.openhall.catalog.domain.ItemContentBuilder;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chinese search runs on the character-bigram index, not on a scan of the catalog.
 *
 * <p>On a table of a few thousand rows PostgreSQL rightly prefers to read the table: that costs
 * less than any index. So the test builds a catalog large enough for the choice to matter — 30,000
 * versions, written and analysed inside a transaction that is rolled back afterwards — and asks the
 * planner for the plan of the adapter's own search condition, without switching any plan type off.
 */
@PersistenceAdapterTest
class CatalogSearchIndexIT {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");
    private static final int GENERATED = 30_000;

    @Autowired
    ApprovalItemRepository items;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void searchingALargeCatalogReadsTheBigramIndexAndFindsTheItem() {
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly();
            CatalogTables.truncate(jdbc);
            generateCatalog();
            items.add(ApprovalItem.publish(new ApprovalItemVersionId(new ApprovalItemCode("SCJG-001"), 1),
                    ItemContentBuilder.food().build(), LocalDate.parse("2026-01-01")));
            jdbc.sql("ANALYZE approval_item_version").update();

            String plan = explain(SearchCondition.of(DAY, List.of("食品经营")));

            assertThat(plan).as(plan).contains("approval_item_version_search_idx").doesNotContain("Seq Scan");
            assertThat(items.searchPublishedOn(DAY, List.of("食品经营"), new PageRequest(0, 20)).content())
                    .extracting(v -> v.code().value()).containsExactly("SCJG-001");
        });
    }

    /** Items named 事项<n> plus two Chinese characters, of 40 departments, all published since January. */
    private void generateCatalog() {
        jdbc.sql("""
                INSERT INTO approval_item_version (code, version, status, valid_from, name, kind, applicant_types,
                    department, implementing_body, level, conditions, approval_standards, result_documents,
                    statutory_limit_working_days, promised_limit_working_days, delivery_methods, decided_at_window,
                    steps_returned_to_department, max_visits, online_available, keywords)
                SELECT 'GEN-' || i, 1, 'PUBLISHED', DATE '2026-01-01',
                    '事项' || i || chr(19968 + i % 2000) || chr(19968 + (i * 7) % 2000), 'PUBLIC_SERVICE',
                    '{NATURAL_PERSON}', 'D' || i % 40, '某某局', 'CITY', '{}', '{}', '{}', 10, 5, '{PICKUP}', true,
                    '{}', 1, false, '{}'
                FROM generate_series(1, :count) AS i
                """).param("count", GENERATED).update();
    }

    private String explain(SearchCondition search) {
        return String.join("\n", jdbc.sql("EXPLAIN SELECT v.id FROM approval_item_version v WHERE " + search.where()
                + " ORDER BY v.code, v.version LIMIT 20 OFFSET 0").params(search.params()).query(String.class).list());
    }
}
