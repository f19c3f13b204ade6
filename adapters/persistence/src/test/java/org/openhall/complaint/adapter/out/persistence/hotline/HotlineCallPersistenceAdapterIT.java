package org.openhall.complaint.adapter.out.persistence.hotline;

import org.openhall.complaint.application.port.out.HotlineCallRepository;
import org.openhall.complaint.application.port.out.HotlineCallRepositoryContract;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class HotlineCallPersistenceAdapterIT extends HotlineCallRepositoryContract {

    @Autowired
    HotlineCallRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected HotlineCallRepository emptyRepository() {
        jdbc.sql("TRUNCATE hotline_call").update();
        return adapter;
    }
}
