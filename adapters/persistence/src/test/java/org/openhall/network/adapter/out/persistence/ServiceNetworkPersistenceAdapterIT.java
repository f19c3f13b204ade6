package org.openhall.network.adapter.out.persistence;

import org.openhall.network.application.port.out.DepartmentRepository;
import org.openhall.network.application.port.out.ServiceHallRepository;
import org.openhall.network.application.port.out.ServiceNetworkRepositoryContract;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class ServiceNetworkPersistenceAdapterIT extends ServiceNetworkRepositoryContract {

    @Autowired
    ServiceHallRepository halls;

    @Autowired
    DepartmentRepository departments;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected ServiceHallRepository emptyHalls() {
        jdbc.sql("TRUNCATE service_hall, service_hall_item").update();
        return halls;
    }

    @Override
    protected DepartmentRepository emptyDepartments() {
        jdbc.sql("TRUNCATE department").update();
        return departments;
    }
}
