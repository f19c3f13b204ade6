package org.openhall.participation.application.port.out;

class InMemoryContactDisclosureLogTest extends ContactDisclosureLogContract {

    @Override
    protected ContactDisclosureLog emptyLog() {
        return new InMemoryContactDisclosureLog();
    }
}
