package org.openhall.catalog.application.port.out;

class InMemoryApprovalItemRepositoryTest extends ApprovalItemRepositoryContract {

    @Override
    protected ApprovalItemRepository emptyRepository() {
        return new InMemoryApprovalItemRepository();
    }
}
