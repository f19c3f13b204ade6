package org.openhall.servicecase.application.port.out;

class InMemoryCaseNumberSequenceTest extends CaseNumberSequenceContract {

    @Override
    protected CaseNumberSequence unusedSequence() {
        return new InMemoryCaseNumberSequence();
    }
}
