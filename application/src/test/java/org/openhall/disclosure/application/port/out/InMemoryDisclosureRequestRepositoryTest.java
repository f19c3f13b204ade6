package org.openhall.disclosure.application.port.out;

class InMemoryDisclosureRequestRepositoryTest extends DisclosureRequestRepositoryContract {

    @Override
    protected DisclosureRequestRepository emptyRepository() {
        return new InMemoryDisclosureRequestRepository();
    }
}
