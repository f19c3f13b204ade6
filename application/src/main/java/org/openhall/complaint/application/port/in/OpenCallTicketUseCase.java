package org.openhall.complaint.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Opens a ticket (登记工单) from a hotline call, prefilled with it: channel HOTLINE, the caller's
 * number, the call's id. The call then references the ticket, so the record of the call (start,
 * answer, end, recording) belongs to the ticket — whether the call is still going on or over.
 */
@PrimaryPort
public interface OpenCallTicketUseCase {

    /**
     * @throws org.openhall.shared.application.problem.ResourceNotFound when no such call was reported
     * @throws org.openhall.complaint.domain.hotline.problem.CallAlreadyHasTicket when a ticket was
     *         opened from the call already
     */
    TicketSummaryView openFrom(OpenCallTicketCommand command);
}
