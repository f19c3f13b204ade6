package org.openhall.network.adapter.out.persistence;

import org.openhall.network.application.port.out.StaffAccountRepository;
import org.openhall.network.application.port.out.StaffAccountRepositoryContract;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class StaffAccountPersistenceAdapterIT extends StaffAccountRepositoryContract {

    @Autowired
    StaffAccountRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected StaffAccountRepository emptyRepository() {
        jdbc.sql("TRUNCATE staff_account, staff_account_role").update();
        return adapter;
    }
}
