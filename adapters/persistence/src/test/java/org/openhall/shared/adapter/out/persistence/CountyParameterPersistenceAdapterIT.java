package org.openhall.shared.adapter.out.persistence;

import org.openhall.shared.application.port.out.CountyParameterRepository;
import org.openhall.shared.application.port.out.CountyParameterRepositoryContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class CountyParameterPersistenceAdapterIT extends CountyParameterRepositoryContract {

    @Autowired
    CountyParameterRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected CountyParameterRepository emptyRepository() {
        jdbc.sql("TRUNCATE county_parameter").update();
        return adapter;
    }
}
