package org.openhall.network.adapter.out.persistence;

import org.openhall.network.application.port.out.ServiceWindowRepository;
import org.openhall.network.application.port.out.ServiceWindowRepositoryContract;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class ServiceWindowPersistenceAdapterIT extends ServiceWindowRepositoryContract {

    @Autowired
    ServiceWindowRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected ServiceWindowRepository emptyRepository() {
        jdbc.sql("TRUNCATE service_window, service_window_item").update();
        return adapter;
    }
}
