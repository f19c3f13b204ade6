package org.openhall.complaint.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.complaint.application.port.in.PublicTicketFilter;
import org.openhall.complaint.application.port.in.TicketListFilter;
import org.openhall.complaint.domain.Ticket;
import org.openhall.complaint.domain.TicketId;
import org.openhall.complaint.domain.TicketTransition;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** Where tickets and their append-only history are kept. */
@SecondaryPort
public interface TicketRepository {

    /**
     * Stores the ticket — inserted when new (version 0), else updated only if its stored version is still
     * the one it was read with — and appends the transitions it recorded.
     *
     * @return the version now stored
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate when someone else stored a change first
     */
    long save(Ticket ticket);

    Optional<Ticket> findById(TicketId id);

    Optional<Ticket> findByNumber(String number);

    List<TicketTransition> history(TicketId id);

    /** Newest first; {@code today} decides what is overdue. */
    Page<Ticket> list(TicketListFilter filter, LocalDate today, PageRequest page);

    /** Tickets not closed whose caller's phone is {@code phone}, the nearest due first. */
    List<Ticket> openOfPhone(String phone);

    /**
     * Locks and answers at most {@code limit} tickets without reply whose sign-in day or due date is before
     * {@code today} and not yet reported; tickets another transaction holds are skipped.
     */
    List<Ticket> lockLateCandidates(LocalDate today, int limit);

    /** The public search, newest first, at most {@code limit}. */
    List<Ticket> search(PublicTicketFilter filter, int limit);
}
