package org.openhall.shared.adapter.out.persistence;

import org.openhall.shared.application.port.out.CalendarYearRepository;
import org.openhall.shared.application.port.out.CalendarYearRepositoryContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class CalendarYearPersistenceAdapterIT extends CalendarYearRepositoryContract {

    @Autowired
    CalendarYearRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected CalendarYearRepository emptyRepository() {
        jdbc.sql("TRUNCATE calendar_year, calendar_day").update();
        return adapter;
    }
}
