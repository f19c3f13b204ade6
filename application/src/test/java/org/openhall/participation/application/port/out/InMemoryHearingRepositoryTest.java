package org.openhall.participation.application.port.out;

class InMemoryHearingRepositoryTest extends HearingRepositoryContract {

    @Override
    protected HearingRepository emptyRepository() {
        return new InMemoryHearingRepository();
    }
}
