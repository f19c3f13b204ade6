package org.openhall.complaint.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.complaint.domain.TicketClass;

/**
 * What the public may read of tickets (Open311 GeoReport v2): the classes as services and the
 * tickets by their number, without any personal data of the citizen.
 */
@PrimaryPort
public interface PublicTicketsQuery {

    List<TicketClass> services();

    /** Tickets that match, newest first, at most {@link PublicTicketFilter#MAX_RESULTS}. */
    List<PublicTicketView> search(PublicTicketFilter filter);

    /** The ticket numbered {@code number}. */
    PublicTicketView get(String number);
}
