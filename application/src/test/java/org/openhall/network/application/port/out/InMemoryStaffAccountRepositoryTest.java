package org.openhall.network.application.port.out;

class InMemoryStaffAccountRepositoryTest extends StaffAccountRepositoryContract {

    @Override
    protected StaffAccountRepository emptyRepository() {
        return new InMemoryStaffAccountRepository();
    }
}
