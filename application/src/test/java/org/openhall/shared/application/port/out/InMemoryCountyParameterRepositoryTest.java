package org.openhall.shared.application.port.out;

class InMemoryCountyParameterRepositoryTest extends CountyParameterRepositoryContract {

    @Override
    protected CountyParameterRepository emptyRepository() {
        return new InMemoryCountyParameterRepository();
    }
}
