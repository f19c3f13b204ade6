package org.openhall.complaint.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.complaint.application.port.in.CallEventCommand;
import org.openhall.complaint.application.port.in.HotlineCallQuery;
import org.openhall.complaint.application.port.in.HotlineCallView;
import org.openhall.complaint.application.port.in.ReceiveCallEventUseCase;
import org.openhall.complaint.application.port.out.HotlineCallRepository;
import org.openhall.complaint.domain.hotline.CallEvent;
import org.openhall.complaint.domain.hotline.CallEventType;
import org.openhall.complaint.domain.hotline.CallId;
import org.openhall.complaint.domain.hotline.HotlineCall;
import org.openhall.shared.domain.InvalidValue;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes call-centre events in and keeps the call records (通话记录). An event without a time is
 * dated by OpenHall's clock: a console reports as things happen.
 */
@Application
public class HotlineCallService implements ReceiveCallEventUseCase, HotlineCallQuery {

    private final HotlineCallRepository calls;
    private final Clock clock;

    public HotlineCallService(HotlineCallRepository calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    @Transactional
    public HotlineCallView receive(CallEventCommand command) {
        CallEvent event = new CallEvent(typeOf(command.type()), new CallId(command.callId()),
                command.callerNumber(), command.agent(),
                command.occurredAt() == null ? Instant.now(clock) : command.occurredAt(), command.recording());
        HotlineCall call = calls.findById(event.callId()).orElse(null);
        if (call == null) {
            return HotlineCallViews.viewOf(calls.save(HotlineCall.startedBy(event)));
        }
        return HotlineCallViews.viewOf(call.apply(event) ? calls.save(call) : call);
    }

    @Override
    @Transactional(readOnly = true)
    public HotlineCallView callOf(String callId) {
        return HotlineCallViews.viewOf(HotlineCallViews.find(calls, callId));
    }

    private static CallEventType typeOf(String type) {
        if (type == null) {
            throw new InvalidValue("type", "must be RINGING, ANSWERED or HUNG_UP");
        }
        try {
            return CallEventType.valueOf(type.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValue("type", "must be RINGING, ANSWERED or HUNG_UP");
        }
    }
}
