package org.openhall.complaint.domain.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openhall.complaint.domain.hotline.problem.CallAlreadyHasTicket;
import org.openhall.complaint.domain.hotline.problem.CallEventOutOfOrder;
import org.openhall.shared.domain.InvalidValue;

class HotlineCallTest {

    private static final CallId CALL = new CallId("1772416800.42");
    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    private static CallEvent event(CallEventType type, int secondsAfterStart) {
        return new CallEvent(type, CALL, "013800138000", type == CallEventType.ANSWERED ? "hotline.op1" : null,
                T0.plusSeconds(secondsAfterStart), type == CallEventType.HUNG_UP ? "rec/2026/03/02/42.wav" : null);
    }

    @Test
    void aCallThatRangWasAnsweredAndHungUpKeepsItsTimesAndTalkTime() {
        HotlineCall call = HotlineCall.startedBy(event(CallEventType.RINGING, 0));
        assertThat(call.apply(event(CallEventType.ANSWERED, 8))).isTrue();
        assertThat(call.talkTime()).isEmpty();
        assertThat(call.apply(event(CallEventType.HUNG_UP, 188))).isTrue();

        HotlineCallSnapshot s = call.snapshot();
        assertThat(s.state()).isEqualTo(CallState.ENDED);
        assertThat(s.agent()).isEqualTo("hotline.op1");
        assertThat(s.ringingAt()).isEqualTo(T0);
        assertThat(s.answeredAt()).isEqualTo(T0.plusSeconds(8));
        assertThat(s.endedAt()).isEqualTo(T0.plusSeconds(188));
        assertThat(s.recording()).isEqualTo("rec/2026/03/02/42.wav");
        assertThat(call.talkTime()).contains(Duration.ofSeconds(180));
    }

    @Test
    void aCallHungUpWhileRingingIsAMissedCallWithoutTalkTime() {
        HotlineCall call = HotlineCall.startedBy(event(CallEventType.RINGING, 0));
        call.apply(new CallEvent(CallEventType.HUNG_UP, CALL, null, null, T0.plusSeconds(30), null));

        assertThat(call.state()).isEqualTo(CallState.ENDED);
        assertThat(call.snapshot().answeredAt()).isNull();
        assertThat(call.talkTime()).contains(Duration.ZERO);
    }

    @Test
    void repeatedEventsChangeNothing() {
        HotlineCall call = HotlineCall.startedBy(event(CallEventType.RINGING, 0));
        call.apply(event(CallEventType.ANSWERED, 5));

        assertThat(call.apply(event(CallEventType.RINGING, 0))).isFalse();
        assertThat(call.apply(new CallEvent(CallEventType.ANSWERED, CALL, null, "hotline.op2", T0.plusSeconds(9),
                null))).isFalse();
        assertThat(call.snapshot().agent()).isEqualTo("hotline.op1");
        call.apply(event(CallEventType.HUNG_UP, 60));
        assertThat(call.apply(event(CallEventType.HUNG_UP, 61))).isFalse();
        assertThat(call.snapshot().endedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aRecordingReportedAfterTheHangUpIsStillTaken() {
        HotlineCall call = HotlineCall.startedBy(event(CallEventType.RINGING, 0));
        call.apply(new CallEvent(CallEventType.HUNG_UP, CALL, null, null, T0.plusSeconds(30), null));

        assertThat(call.apply(new CallEvent(CallEventType.HUNG_UP, CALL, null, null, T0.plusSeconds(31), "r-9")))
                .isTrue();
        assertThat(call.snapshot().recording()).isEqualTo("r-9");
        assertThat(call.snapshot().endedAt()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void aFirstEventOtherThanRingingStartsTheCallAtItsTime() {
        HotlineCall call = HotlineCall.startedBy(event(CallEventType.ANSWERED, 3));

        assertThat(call.state()).isEqualTo(CallState.ANSWERED);
        assertThat(call.snapshot().ringingAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(call.snapshot().answeredAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void anAnswerAfterTheHangUpIsRefused() {
        HotlineCall call = HotlineCall.startedBy(event(CallEventType.RINGING, 0));
        call.apply(event(CallEventType.HUNG_UP, 20));

        assertThatThrownBy(() -> call.apply(event(CallEventType.ANSWERED, 25)))
                .isInstanceOf(CallEventOutOfOrder.class)
                .hasFieldOrPropertyWithValue("code", "hotline.call-event-out-of-order");
    }

    @Test
    void eventsDatedBeforeTheCallRangOrWasAnsweredAreRefused() {
        HotlineCall call = HotlineCall.startedBy(event(CallEventType.RINGING, 10));
        assertThatThrownBy(() -> call.apply(event(CallEventType.ANSWERED, 9))).isInstanceOf(CallEventOutOfOrder.class);

        call.apply(event(CallEventType.ANSWERED, 15));
        assertThatThrownBy(() -> call.apply(event(CallEventType.HUNG_UP, 12))).isInstanceOf(CallEventOutOfOrder.class);
        assertThat(call.state()).isEqualTo(CallState.ANSWERED);
    }

    @Test
    void aCallTakesOneTicketOnly() {
        HotlineCall call = HotlineCall.startedBy(event(CallEventType.RINGING, 0));
        call.attachTicket("t-1");
        call.attachTicket("t-1");

        assertThat(call.snapshot().ticketId()).isEqualTo("t-1");
        assertThatThrownBy(() -> call.attachTicket("t-2")).isInstanceOf(CallAlreadyHasTicket.class);
        assertThatThrownBy(call::ensureNoTicket).isInstanceOf(CallAlreadyHasTicket.class);
    }

    @Test
    void anAnswerMustNameTheOperator() {
        assertThatThrownBy(() -> new CallEvent(CallEventType.ANSWERED, CALL, null, " ", T0, null))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void callIdsAreTheCtiSNumbersWithoutSpacesOrControlCharacters() {
        assertThat(new CallId(" 1772416800.42 ").value()).isEqualTo("1772416800.42");
        assertThat(new CallId("3f1c9b1e-77aa-4c1d-9d7e-5b1f0e2a9c11").value()).hasSize(36);
        assertThatThrownBy(() -> new CallId("a b")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new CallId("x".repeat(65))).isInstanceOf(InvalidValue.class);
    }
}
