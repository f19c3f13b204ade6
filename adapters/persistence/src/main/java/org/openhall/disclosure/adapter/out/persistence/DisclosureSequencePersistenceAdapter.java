package org.openhall.disclosure.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.disclosure.application.port.out.DisclosureSequence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers per key from a counter row: the upsert increments it under its row lock, so concurrent
 * callers on any number of instances never get the same number.
 */
@Component
@SecondaryAdapter
public class DisclosureSequencePersistenceAdapter implements DisclosureSequence {

    private final JdbcClient jdbc;

    public DisclosureSequencePersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public long next(String key) {
        return jdbc.sql("""
                INSERT INTO disclosure_sequence (key, last_value) VALUES (:key, 1)
                ON CONFLICT (key) DO UPDATE SET last_value = disclosure_sequence.last_value + 1
                RETURNING last_value
                """).param("key", key).query(Long.class).single();
    }
}
