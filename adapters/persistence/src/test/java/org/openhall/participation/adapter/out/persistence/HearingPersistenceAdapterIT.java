package org.openhall.participation.adapter.out.persistence;

import org.openhall.participation.application.port.out.HearingRepository;
import org.openhall.participation.application.port.out.HearingRepositoryContract;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class HearingPersistenceAdapterIT extends HearingRepositoryContract {

    @Autowired
    HearingRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected HearingRepository emptyRepository() {
        ParticipationTables.truncate(jdbc);
        return adapter;
    }
}
