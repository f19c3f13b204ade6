package org.openhall.catalog.adapter.out.persistence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.catalog.application.port.out.ApprovalItemRepository;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the versions of the catalog in PostgreSQL. A new version is inserted whole; a stored one
 * only ever gets the end of its open period set. Of two changes of one item at once, the second
 * finds the period already ended (or its version number taken, or a second open-ended version
 * refused by a unique index) and is reported as {@link ConcurrentUpdate}.
 *
 * <p>The search narrows by the character bigrams of each word through the GIN index on
 * {@code search_terms} and confirms with {@code LIKE} on {@code search_text} (see migration V2_2).
 */
@Component
@SecondaryAdapter
public class ApprovalItemPersistenceAdapter implements ApprovalItemRepository {

    private static final String PUBLISHED_ON = "v.status = 'PUBLISHED' AND v.valid_from <= :day"
            + " AND (v.valid_to IS NULL OR v.valid_to >= :day)";

    private final ApprovalItemVersionRowRepository rows;
    private final VersionRowQueries queries;
    private final JdbcAggregateOperations aggregates;
    private final JdbcClient jdbc;
    private final ApprovalItemVersionMapper mapper;

    public ApprovalItemPersistenceAdapter(ApprovalItemVersionRowRepository rows, VersionRowQueries queries,
            JdbcAggregateOperations aggregates, JdbcClient jdbc, ApprovalItemVersionMapper mapper) {
        this.rows = rows;
        this.queries = queries;
        this.aggregates = aggregates;
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApprovalItem> findVersions(ApprovalItemCode code) {
        return rows.findByCodeAndVersionNotNullOrderByVersion(code.value()).stream().map(mapper::toVersion).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApprovalItem> findVersion(ApprovalItemCode code, int version) {
        return rows.findByCodeAndVersion(code.value(), version).map(mapper::toVersion);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApprovalItem> findLatestVersions() {
        return queries.list("""
                SELECT DISTINCT ON (code) id FROM approval_item_version
                WHERE version IS NOT NULL ORDER BY code, version DESC
                """, Map.of()).stream().map(mapper::toVersion).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApprovalItem> findPublishedOn(LocalDate day) {
        return queries.list("SELECT v.id FROM approval_item_version v WHERE " + PUBLISHED_ON + " ORDER BY v.code",
                Map.of("day", day)).stream().map(mapper::toVersion).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ApprovalItem> findPublishedOn(LocalDate day, PageRequest page) {
        return queries.page(PUBLISHED_ON, Map.of("day", day), page).map(mapper::toVersion);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ApprovalItem> searchPublishedOn(LocalDate day, List<String> words, PageRequest page) {
        SearchCondition search = SearchCondition.of(day, words);
        return queries.page(search.where(), search.params(), page).map(mapper::toVersion);
    }

    /**
     * The condition on table alias {@code v} that finds the versions published on {@code day} in
     * which every word occurs, and its parameters.
     */
    record SearchCondition(String where, Map<String, Object> params) {

        static SearchCondition of(LocalDate day, List<String> words) {
            StringBuilder where = new StringBuilder(PUBLISHED_ON);
            Map<String, Object> params = new HashMap<>();
            params.put("day", day);
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                // The index narrows by bigrams; LIKE confirms that the word occurs as a whole.
                where.append(" AND v.search_terms @> catalog_search_query_grams(:word").append(i).append(')')
                        .append(" AND v.search_text LIKE :pattern").append(i).append(" ESCAPE '\\'");
                params.put("word" + i, word);
                params.put("pattern" + i, "%" + escapeLike(word) + "%");
            }
            return new SearchCondition(where.toString(), Map.copyOf(params));
        }
    }

    @Override
    @Transactional
    public void add(ApprovalItem version) {
        try {
            aggregates.insert(mapper.toRow(version));
        } catch (RuntimeException e) {
            if (isDuplicate(e)) {
                throw new ConcurrentUpdate("item", version.code().value());
            }
            throw e;
        }
    }

    @Override
    @Transactional
    public void endPeriod(ApprovalItem version) {
        // Only an open period is ended: if another change ended it meanwhile, nothing matches.
        int ended = jdbc.sql("""
                UPDATE approval_item_version SET valid_to = :to
                WHERE code = :code AND version = :version AND valid_to IS NULL
                """)
                .param("to", version.validity().to())
                .param("code", version.code().value())
                .param("version", version.version())
                .update();
        if (ended != 1) {
            throw new ConcurrentUpdate("item", version.code().value());
        }
    }

    /** {@code word} with LIKE's wildcards and escape character taken literally. */
    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }
}
