package org.openhall.complaint.application.service;

import java.time.Duration;

import org.openhall.complaint.application.port.in.HotlineCallView;
import org.openhall.complaint.domain.hotline.CallId;
import org.openhall.complaint.domain.hotline.CallerNumber;
import org.openhall.complaint.domain.hotline.HotlineCall;
import org.openhall.complaint.domain.hotline.HotlineCallSnapshot;
import org.openhall.complaint.application.port.out.HotlineCallRepository;
import org.openhall.shared.application.problem.ResourceNotFound;

/** Shared steps of the hotline services: finding a call and showing it. */
final class HotlineCallViews {

    static final String RESOURCE = "hotline-call";

    private HotlineCallViews() {
    }

    static HotlineCall find(HotlineCallRepository calls, String callId) {
        CallId id = new CallId(callId);
        return calls.findById(id).orElseThrow(() -> new ResourceNotFound(RESOURCE, id.value()));
    }

    static HotlineCallView viewOf(HotlineCall call) {
        HotlineCallSnapshot s = call.snapshot();
        return new HotlineCallView(s.id().value(), CallerNumber.masked(s.callerNumber()), s.state().name(), s.agent(),
                s.ringingAt(), s.answeredAt(), s.endedAt(), call.talkTime().map(Duration::toSeconds).orElse(null),
                s.recording(), s.ticketId(), s.version());
    }
}
