package org.openhall.participation.application.port.out;

class InMemoryHearingRegistrationRepositoryTest extends HearingRegistrationRepositoryContract {

    @Override
    protected HearingRegistrationRepository emptyRepository() {
        return new InMemoryHearingRegistrationRepository();
    }
}
