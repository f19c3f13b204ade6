package org.openhall.complaint.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openhall.complaint.application.port.out.TicketNumberSequence;
import org.openhall.complaint.application.port.out.TicketRepository;
import org.openhall.complaint.application.port.out.TicketRepositoryContract;
import org.openhall.complaint.domain.Ticket;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ticket repository contract on PostgreSQL, with what only the database can promise. */
@PersistenceAdapterTest
class TicketPersistenceAdapterIT extends TicketRepositoryContract {

    @Autowired
    TicketRepository adapter;

    @Autowired
    TicketNumberSequence numbers;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected TicketRepository emptyRepository() {
        jdbc.sql("TRUNCATE ticket, ticket_transition, ticket_number_sequence").update();
        return adapter;
    }

    @Test
    void theHistoryCannotBeRewritten() {
        Ticket t = newTicket("GD2026-000201", "13800138010");
        adapter.save(t);

        assertThatThrownBy(() -> jdbc.sql("UPDATE ticket_transition SET note = 'x' WHERE ticket_id = :id")
                .param("id", t.id().value()).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM ticket_transition WHERE ticket_id = :id")
                .param("id", t.id().value()).update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void numbersCountUpPerYear() {
        assertThat(numbers.next(2026)).isOne();
        assertThat(numbers.next(2026)).isEqualTo(2);
        assertThat(numbers.next(2027)).isOne();
    }
}
