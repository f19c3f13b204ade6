package org.openhall.catalog.application.port.out;

class InMemoryItemDraftRepositoryTest extends ItemDraftRepositoryContract {

    @Override
    protected ItemDraftRepository emptyRepository() {
        return new InMemoryItemDraftRepository();
    }
}
