package org.openhall.servicecase.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.ID_CARD;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.number;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.received;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.application.port.out.ServiceCaseRepositoryContract;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class ServiceCasePersistenceAdapterIT extends ServiceCaseRepositoryContract {

    @Autowired
    ServiceCaseRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected ServiceCaseRepository emptyRepository() {
        ServiceCaseTables.truncate(jdbc);
        return adapter;
    }

    @Test
    void aCaseReceivedAtANanosecondInstantReadsBackAsSaveReturnedIt() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        ServiceCase fresh = received(ID_CARD, number(day, 1), day.atTime(9, 30, 15, 123_456_789));

        ServiceCase stored = adapter.save(fresh);

        assertThat(adapter.findById(fresh.getId()).orElseThrow().snapshot()).isEqualTo(stored.snapshot());
        assertThat(adapter.history(fresh.getId()).getFirst().at()).isEqualTo(stored.snapshot().receivedAt());
    }
}
