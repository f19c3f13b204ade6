package org.openhall.shared.adapter.out.persistence.personaldata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Index-key rotation (盲索引密钥轮换): recomputes every blind index column under the configured index
 * key, from the opened value (or the clear source of rows without one). While it runs, search looks
 * under the new and the previous keys ({@link PersonalDataCipher#blindIndexes}), so nothing goes
 * missing; once it has finished, the previous keys can be removed from the configuration.
 *
 * <p>An index does not say which key made it, so the job walks each table in physical order, batch by
 * batch, each batch its own transaction, and writes only indexes that change. A row it rewrote moves to
 * a later position and is met once more, finds nothing to change and is left alone, so the walk ends;
 * a second run changes nothing. Rows written by the application meanwhile already carry the new index.
 * A row locked by a running request is waited for (requests hold their locks briefly), not skipped,
 * because the walk does not come back to a position it passed.
 */
@Component
public class BlindIndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(BlindIndexRebuild.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PersonalDataCipher cipher;
    private final List<SealedColumn> columns;

    public BlindIndexRebuild(JdbcClient jdbc, PlatformTransactionManager transactionManager,
            PersonalDataCipher cipher, List<SealedColumns> declarations) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.cipher = cipher;
        this.columns = declarations.stream().flatMap(d -> d.sealedColumns().stream())
                .filter(c -> c.indexColumn() != null).toList();
    }

    /**
     * Recomputes every blind index under the index key, {@code batchSize} rows per transaction.
     *
     * @return per index column, how many indexes were rewritten
     * @throws PersonalDataUnreadable when a value is under a sealing key no longer configured
     */
    public Map<String, Integer> reindex(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        Map<String, Integer> done = new LinkedHashMap<>();
        for (SealedColumn column : columns) {
            int total = 0;
            String after = "(0,0)";
            Batch batch;
            do {
                batch = reindexBatch(column, after, batchSize);
                total += batch.rewritten();
                after = batch.last();
            } while (batch.rows() == batchSize);
            done.put(column.table() + "." + column.indexColumn(), total);
            if (total > 0) {
                log.info("Recomputed {} blind indexes of {}.{}", total, column.table(), column.indexColumn());
            }
        }
        return done;
    }

    /** What one batch saw: how many rows, how many it rewrote, the position of its last row. */
    private record Batch(int rows, int rewritten, String last) {
    }

    private Batch reindexBatch(SealedColumn c, String after, int batchSize) {
        String source = c.clearIndexSource() == null ? "NULL" : c.clearIndexSource();
        return transactions.execute(status -> {
            List<Map<String, Object>> rows = jdbc.sql("SELECT ctid::text AS position, " + c.column() + " AS stored, "
                    + source + " AS clear, " + c.indexColumn() + " AS index FROM " + c.table()
                    + " WHERE ctid > CAST(:after AS tid) AND " + c.indexColumn() + " IS NOT NULL"
                    + " ORDER BY ctid LIMIT :n FOR UPDATE")
                    .param("after", after).param("n", batchSize).query().listOfRows();
            int rewritten = 0;
            String last = after;
            for (Map<String, Object> row : rows) {
                last = (String) row.get("position");
                String plain = row.get("stored") != null ? cipher.open((String) row.get("stored"))
                        : (String) row.get("clear");
                if (plain == null) {
                    continue;
                }
                String index = cipher.blindIndex(c.kind(), plain);
                if (!Objects.equals(index, row.get("index"))) {
                    rewritten += jdbc.sql("UPDATE " + c.table() + " SET " + c.indexColumn() + " = :index"
                            + " WHERE ctid = CAST(:position AS tid)").param("index", index)
                            .param("position", last).update();
                }
            }
            return new Batch(rows.size(), rewritten, last);
        });
    }

    /**
     * How many index values no key recomputes: rows whose value is gone (neither sealed nor clear source).
     * They are left as they are; after the previous keys are removed they are no longer found.
     */
    public long countWithoutSource() {
        long total = 0;
        for (SealedColumn c : columns) {
            String clear = c.clearIndexSource() == null ? "" : " AND " + c.clearIndexSource() + " IS NULL";
            total += jdbc.sql("SELECT count(*) FROM " + c.table() + " WHERE " + c.indexColumn() + " IS NOT NULL AND "
                    + c.column() + " IS NULL" + clear).query(Long.class).single();
        }
        return total;
    }
}
