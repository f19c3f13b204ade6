package org.openhall.participation.adapter.out.persistence;

import org.openhall.participation.application.port.out.HearingRegistrationRepository;
import org.openhall.participation.application.port.out.HearingRegistrationRepositoryContract;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class HearingRegistrationPersistenceAdapterIT extends HearingRegistrationRepositoryContract {

    @Autowired
    HearingRegistrationRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected HearingRegistrationRepository emptyRepository() {
        ParticipationTables.truncate(jdbc);
        return adapter;
    }
}
