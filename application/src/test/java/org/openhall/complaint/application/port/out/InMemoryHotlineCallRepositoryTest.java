package org.openhall.complaint.application.port.out;

class InMemoryHotlineCallRepositoryTest extends HotlineCallRepositoryContract {

    @Override
    protected HotlineCallRepository emptyRepository() {
        return new InMemoryHotlineCallRepository();
    }
}
