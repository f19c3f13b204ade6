package org.openhall.complaint.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.identity.PhoneNumber;

/** The open (not closed) tickets a caller has filed: what a hotline operator sees when the phone rings. */
@PrimaryPort
public interface CallerTicketsQuery {

    /** Open tickets whose citizen phone is {@code phone}, the nearest due first. */
    List<TicketSummaryView> openTicketsOf(PhoneNumber phone);
}
