package org.openhall.complaint.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * A citizen files a ticket online without signing in (Open311 GeoReport v2 {@code POST requests},
 * the portal): the ticket is taken in on the {@code PORTAL} channel by {@value #TAKEN_BY}.
 */
@PrimaryPort
public interface FileServiceRequestUseCase {

    /** The name the history records as the taker of a ticket filed online. */
    String TAKEN_BY = "portal";

    PublicTicketView file(FileServiceRequestCommand command);
}
