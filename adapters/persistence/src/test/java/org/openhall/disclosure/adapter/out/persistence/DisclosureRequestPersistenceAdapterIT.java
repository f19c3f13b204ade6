package org.openhall.disclosure.adapter.out.persistence;

import org.openhall.disclosure.application.port.out.DisclosureRequestRepository;
import org.openhall.disclosure.application.port.out.DisclosureRequestRepositoryContract;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class DisclosureRequestPersistenceAdapterIT extends DisclosureRequestRepositoryContract {

    @Autowired
    DisclosureRequestRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected DisclosureRequestRepository emptyRepository() {
        DisclosureTables.truncate(jdbc);
        return adapter;
    }
}
