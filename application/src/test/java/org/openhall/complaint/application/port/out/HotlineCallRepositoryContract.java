package org.openhall.complaint.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.complaint.domain.hotline.CallEvent;
import org.openhall.complaint.domain.hotline.CallEventType;
import org.openhall.complaint.domain.hotline.CallId;
import org.openhall.complaint.domain.hotline.HotlineCall;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/**
 * What every {@link HotlineCallRepository} must do, whatever it stores calls in. A subclass hands
 * in an empty repository for each test.
 */
public abstract class HotlineCallRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    private HotlineCallRepository calls;

    /** An empty repository; called before each test. */
    protected abstract HotlineCallRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        calls = emptyRepository();
    }

    private static CallEvent event(String callId, CallEventType type, int seconds) {
        return new CallEvent(type, new CallId(callId), "13800138000",
                type == CallEventType.ANSWERED ? "hotline.op1" : null, T0.plusSeconds(seconds),
                type == CallEventType.HUNG_UP ? "rec-1" : null);
    }

    @Test
    public void aNewCallIsStoredAsVersionOneAndReadBackAsItWas() {
        HotlineCall ringing = HotlineCall.startedBy(event("c-1", CallEventType.RINGING, 0));

        HotlineCall stored = calls.save(ringing);

        assertThat(stored.snapshot()).isEqualTo(InMemoryHotlineCallRepository.withVersion(ringing.snapshot(), 1));
        assertThat(calls.findById(new CallId("c-1")).orElseThrow().snapshot()).isEqualTo(stored.snapshot());
        assertThat(calls.findById(new CallId("c-2"))).isEmpty();
    }

    @Test
    public void aFinishedCallWithItsTicketIsReadBackWhole() {
        HotlineCall call = calls.save(HotlineCall.startedBy(event("c-1", CallEventType.RINGING, 0)));
        call.apply(event("c-1", CallEventType.ANSWERED, 4));
        call.apply(event("c-1", CallEventType.HUNG_UP, 64));
        call.attachTicket("5b0f7c1e-1111-4a4a-9c9c-000000000001");

        HotlineCall stored = calls.save(call);

        assertThat(stored.snapshot().version()).isEqualTo(2);
        assertThat(calls.findById(new CallId("c-1")).orElseThrow().snapshot())
                .isEqualTo(InMemoryHotlineCallRepository.withVersion(call.snapshot(), 2));
    }

    @Test
    public void aStaleCallIsRefusedAndTheStoredOneKept() {
        calls.save(HotlineCall.startedBy(event("c-1", CallEventType.RINGING, 0)));
        HotlineCall first = calls.findById(new CallId("c-1")).orElseThrow();
        HotlineCall second = calls.findById(new CallId("c-1")).orElseThrow();
        first.apply(event("c-1", CallEventType.ANSWERED, 4));
        calls.save(first);
        second.apply(event("c-1", CallEventType.HUNG_UP, 9));

        assertThatThrownBy(() -> calls.save(second)).isInstanceOf(ConcurrentUpdate.class);
        assertThat(calls.findById(new CallId("c-1")).orElseThrow().snapshot().agent()).isEqualTo("hotline.op1");
    }

    @Test
    public void aSecondNewCallUnderAStoredIdIsRefused() {
        calls.save(HotlineCall.startedBy(event("c-1", CallEventType.RINGING, 0)));

        assertThatThrownBy(() -> calls.save(HotlineCall.startedBy(event("c-1", CallEventType.RINGING, 1))))
                .isInstanceOf(ConcurrentUpdate.class);
    }
}
