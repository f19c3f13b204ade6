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
        // CASCADE: the sign-in tables (second factors, sessions, password history) hang off the accounts.
        jdbc.sql("TRUNCATE staff_account, staff_account_role CASCADE").update();
        return adapter;
    }
}
