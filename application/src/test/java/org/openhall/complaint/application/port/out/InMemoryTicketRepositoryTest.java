package org.openhall.complaint.application.port.out;

/** The in-memory tickets the use-case tests rely on keep the repository contract. */
class InMemoryTicketRepositoryTest extends TicketRepositoryContract {

    @Override
    protected TicketRepository emptyRepository() {
        return new InMemoryTicketRepository();
    }
}
