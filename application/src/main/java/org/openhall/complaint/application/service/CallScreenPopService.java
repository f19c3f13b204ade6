package org.openhall.complaint.application.service;

import java.util.List;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.complaint.application.port.in.CallScreenPopQuery;
import org.openhall.complaint.application.port.in.CallScreenPopView;
import org.openhall.complaint.application.port.in.CallerTicketsQuery;
import org.openhall.complaint.application.port.out.HotlineCallRepository;
import org.openhall.complaint.domain.hotline.HotlineCall;
import org.openhall.servicecase.application.port.in.ApplicantCasesQuery;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screen-pop (来电弹屏): the caller's open cases from the case context and open tickets from
 * the ticket side, looked up by the caller's number as the network presented it.
 */
@Application
public class CallScreenPopService implements CallScreenPopQuery {

    private final HotlineCallRepository calls;
    private final ApplicantCasesQuery cases;
    private final CallerTicketsQuery tickets;

    public CallScreenPopService(HotlineCallRepository calls, ApplicantCasesQuery cases, CallerTicketsQuery tickets) {
        this.calls = calls;
        this.cases = cases;
        this.tickets = tickets;
    }

    @Override
    @Transactional(readOnly = true)
    public CallScreenPopView screenPop(String callId) {
        HotlineCall call = HotlineCallViews.find(calls, callId);
        PhoneNumber phone = call.callerPhone().orElse(null);
        if (phone == null) {
            return new CallScreenPopView(HotlineCallViews.viewOf(call), List.of(), List.of());
        }
        return new CallScreenPopView(HotlineCallViews.viewOf(call), cases.openCasesOf(phone),
                tickets.openTicketsOf(phone));
    }
}
