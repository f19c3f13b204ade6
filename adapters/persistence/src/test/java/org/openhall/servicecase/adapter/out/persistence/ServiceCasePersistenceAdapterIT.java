package org.openhall.servicecase.adapter.out.persistence;

import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.application.port.out.ServiceCaseRepositoryContract;
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
}
