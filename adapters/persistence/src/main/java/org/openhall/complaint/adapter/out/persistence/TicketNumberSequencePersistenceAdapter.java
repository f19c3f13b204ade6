package org.openhall.complaint.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.complaint.application.port.out.TicketNumberSequence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One counter row per year, incremented by an upsert under its row lock: concurrent intakes never get
 * the same number, and an intake that rolls back gives its number back.
 */
@Component
@SecondaryAdapter
public class TicketNumberSequencePersistenceAdapter implements TicketNumberSequence {

    private final JdbcClient jdbc;

    public TicketNumberSequencePersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public long next(int year) {
        return jdbc.sql("""
                INSERT INTO ticket_number_sequence (year, last_value) VALUES (:year, 1)
                ON CONFLICT (year) DO UPDATE SET last_value = ticket_number_sequence.last_value + 1
                RETURNING last_value
                """).param("year", year).query(Long.class).single();
    }
}
