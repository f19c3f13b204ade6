package org.openhall.servicecase.adapter.out.persistence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.servicecase.application.port.out.CaseNumberSequence;
import org.openhall.servicecase.domain.CaseNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out case numbers from a per-region, per-day counter row. The upsert increments the row
 * under its lock, so concurrent receipts on any number of instances never get the same number;
 * a receipt whose transaction rolls back gives its number back with it.
 */
@Component
@SecondaryAdapter
public class CaseNumberSequencePersistenceAdapter implements CaseNumberSequence {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");

    private final JdbcClient jdbc;

    public CaseNumberSequencePersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public CaseNumber next(String regionCode, LocalDate day) {
        long value = jdbc.sql("""
                INSERT INTO case_number_sequence (region_code, day, last_value) VALUES (:region, :day, 1)
                ON CONFLICT (region_code, day) DO UPDATE SET last_value = case_number_sequence.last_value + 1
                RETURNING last_value
                """)
                .param("region", regionCode)
                .param("day", day)
                .query(Long.class)
                .single();
        return new CaseNumber(regionCode + "-" + DAY.format(day) + "-" + String.format("%05d", value));
    }
}
