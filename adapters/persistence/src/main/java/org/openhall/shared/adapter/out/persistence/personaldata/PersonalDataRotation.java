package org.openhall.shared.adapter.out.persistence.personaldata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation (密钥轮换) of sealed personal data: re-seals, batch by batch, every value that is not
 * under the active key and algorithm, including values stored before sealing existed (whose blind
 * index it fills in). Each batch is its own transaction and only picks rows still to do, so the job is
 * idempotent and resumes where an interrupted run stopped; rows locked by a running request are
 * skipped and picked up by the next batch or run.
 *
 * <p>The blind-index key is not rotated here: that is {@link BlindIndexRebuild}, which recomputes the
 * indexes from the opened values while searches look under the old and new index keys
 * (docs/security.md). Once {@link #countUnder} reports no value under an old key, that key may be
 * removed from the configuration.
 */
@Component
public class PersonalDataRotation {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRotation.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PersonalDataCipher cipher;
    private final List<SealedColumn> columns;

    public PersonalDataRotation(JdbcClient jdbc, PlatformTransactionManager transactionManager,
            PersonalDataCipher cipher, List<SealedColumns> declarations) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.cipher = cipher;
        this.columns = declarations.stream().flatMap(d -> d.sealedColumns().stream()).toList();
    }

    /** Every sealed column the contexts declared. */
    public List<SealedColumn> columns() {
        return columns;
    }

    /**
     * Re-seals everything not under the active key, {@code batchSize} rows per transaction.
     *
     * @return per column, how many values were re-sealed
     * @throws PersonalDataUnreadable when a value is under a key no longer configured: put the key back
     */
    public Map<String, Integer> rotate(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        Map<String, Integer> done = new LinkedHashMap<>();
        for (SealedColumn column : columns) {
            int total = 0;
            int batch;
            do {
                batch = rotateBatch(column, batchSize);
                total += batch;
            } while (batch == batchSize);
            done.put(column.toString(), total);
            if (total > 0) {
                log.info("Re-sealed {} values of {} under key {}", total, column, cipher.keyRing().activeKeyId());
            }
        }
        return done;
    }

    /** One batch of one column in one transaction; how many values it re-sealed. */
    int rotateBatch(SealedColumn c, int batchSize) {
        Integer count = transactions.execute(status -> {
            List<Map<String, Object>> rows = jdbc.sql("SELECT ctid::text AS position, " + c.column() + " AS stored FROM "
                    + c.table() + " WHERE " + c.column() + " IS NOT NULL AND NOT starts_with(" + c.column()
                    + ", :current) LIMIT :n FOR UPDATE SKIP LOCKED")
                    .param("current", cipher.currentHeader()).param("n", batchSize).query().listOfRows();
            for (Map<String, Object> row : rows) {
                String plain = cipher.open((String) row.get("stored"));
                JdbcClient.StatementSpec update = jdbc.sql("UPDATE " + c.table() + " SET " + c.column() + " = :sealed"
                        + (c.indexColumn() == null ? "" : ", " + c.indexColumn() + " = :index")
                        + " WHERE ctid = CAST(:position AS tid)")
                        .param("sealed", cipher.seal(plain)).param("position", row.get("position"));
                if (c.indexColumn() != null) {
                    update = update.param("index", cipher.blindIndex(c.kind(), plain));
                }
                update.update();
            }
            return rows.size();
        });
        return count == null ? 0 : count;
    }

    /** How many stored values are still sealed under a key (or, for {@code null}, not sealed at all). */
    public long countUnder(String keyId) {
        long total = 0;
        for (SealedColumn c : columns) {
            String condition = keyId == null ? "NOT starts_with(" + c.column() + ", 'pd1:')"
                    : "split_part(" + c.column() + ", ':', 1) = 'pd1' AND split_part(" + c.column() + ", ':', 3) = :key";
            JdbcClient.StatementSpec query = jdbc.sql("SELECT count(*) FROM " + c.table() + " WHERE " + c.column()
                    + " IS NOT NULL AND " + condition);
            if (keyId != null) {
                query = query.param("key", keyId);
            }
            total += query.query(Long.class).single();
        }
        return total;
    }
}
