package org.openhall.network.application.port.out;

class InMemoryServiceNetworkRepositoryTest extends ServiceNetworkRepositoryContract {

    @Override
    protected ServiceHallRepository emptyHalls() {
        return new InMemoryServiceHallRepository();
    }

    @Override
    protected DepartmentRepository emptyDepartments() {
        return new InMemoryDepartmentRepository();
    }
}
