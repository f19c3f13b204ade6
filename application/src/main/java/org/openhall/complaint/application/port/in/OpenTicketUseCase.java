package org.openhall.complaint.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Takes in a ticket (登记工单) from any channel; the hotline console opens it prefilled with the call. */
@PrimaryPort
public interface OpenTicketUseCase {

    TicketSummaryView open(OpenTicketCommand command);
}
