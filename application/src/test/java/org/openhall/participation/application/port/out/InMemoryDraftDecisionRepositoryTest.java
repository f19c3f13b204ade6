package org.openhall.participation.application.port.out;

class InMemoryDraftDecisionRepositoryTest extends DraftDecisionRepositoryContract {

    @Override
    protected DraftDecisionRepository emptyRepository() {
        return new InMemoryDraftDecisionRepository();
    }
}
