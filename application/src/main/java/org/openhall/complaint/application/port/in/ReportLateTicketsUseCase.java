package org.openhall.complaint.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Looks at every ticket still without a reply and reports, once each, the sign-ins and replies that
 * are late today, for supervision to warn and card the department. Run by the scheduler every
 * night and on a supervisor's request.
 */
@PrimaryPort
public interface ReportLateTicketsUseCase {

    /** How many tickets had something new to report. */
    int reportLateTickets();
}
