package org.openhall.servicecase.adapter.out.persistence;

import java.time.LocalDate;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.servicecase.application.port.out.CaseNumberSequence;
import org.openhall.servicecase.domain.CaseNumber;
import org.openhall.servicecase.domain.CaseNumberPattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out case numbers from one counter row per scope of the county's pattern. The upsert
 * increments the row under its lock, so concurrent receipts on any number of instances never get
 * the same number; a receipt whose transaction rolls back gives its number back with it.
 */
@Component
@SecondaryAdapter
public class CaseNumberSequencePersistenceAdapter implements CaseNumberSequence {

    private final JdbcClient jdbc;

    public CaseNumberSequencePersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public CaseNumber next(CaseNumberPattern pattern, String regionCode, LocalDate day) {
        long value = jdbc.sql("""
                INSERT INTO case_number_counter (scope, last_value) VALUES (:scope, 1)
                ON CONFLICT (scope) DO UPDATE SET last_value = case_number_counter.last_value + 1
                RETURNING last_value
                """)
                .param("scope", pattern.scope(regionCode, day))
                .query(Long.class)
                .single();
        return pattern.number(regionCode, day, value);
    }
}
