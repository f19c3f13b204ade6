package org.openhall.complaint.application.port.in;

import java.util.List;

import org.openhall.servicecase.application.port.in.ApplicantCaseView;

/**
 * The operator's screen-pop (来电弹屏): the call, and what the caller already has going with the
 * centre — open cases (办件) whose applicant phone is the caller's number and open tickets (工单)
 * filed from it. Both empty when the number is withheld or no phone number.
 */
public record CallScreenPopView(HotlineCallView call, List<ApplicantCaseView> openCases,
        List<TicketSummaryView> openTickets) {

    public CallScreenPopView {
        openCases = List.copyOf(openCases);
        openTickets = List.copyOf(openTickets);
    }
}
