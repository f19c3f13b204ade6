package org.openhall.servicecase.application.port.out;

class InMemoryServiceCaseRepositoryTest extends ServiceCaseRepositoryContract {

    @Override
    protected ServiceCaseRepository emptyRepository() {
        return new InMemoryServiceCaseRepository();
    }
}
