package org.openhall.participation.adapter.out.persistence;

import org.openhall.participation.application.port.out.DraftDecisionRepository;
import org.openhall.participation.application.port.out.DraftDecisionRepositoryContract;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class DraftDecisionPersistenceAdapterIT extends DraftDecisionRepositoryContract {

    @Autowired
    DraftDecisionRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected DraftDecisionRepository emptyRepository() {
        ParticipationTables.truncate(jdbc);
        return adapter;
    }
}
