package org.openhall.complaint.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.complaint.domain.TicketClass;
import org.openhall.complaint.domain.TicketId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;

/**
 * Reads tickets for staff. Department staff see the tickets of their own department only; the
 * hotline office (operators, supervisors) and window clerks see all.
 */
@PrimaryPort
public interface TicketQuery {

    TicketView get(Actor actor, TicketId id);

    /** Newest first. */
    Page<TicketSummaryView> list(Actor actor, TicketListFilter filter, PageRequest page);

    List<TicketTransitionView> history(Actor actor, TicketId id);

    /** The county's ticket classes with their limits. */
    List<TicketClass> classes();
}
