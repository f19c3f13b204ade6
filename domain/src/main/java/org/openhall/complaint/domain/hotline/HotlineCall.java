package org.openhall.complaint.domain.hotline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.types.AggregateRoot;
import org.openhall.complaint.domain.hotline.problem.CallAlreadyHasTicket;
import org.openhall.complaint.domain.hotline.problem.CallEventOutOfOrder;
import org.openhall.shared.domain.identity.PhoneNumber;

/**
 * A call to the centre's hotline (热线来电记录): when it rang, who answered it and when, when it
 * ended, where its recording is, and the ticket (工单) opened from it, referenced by id.
 *
 * <p>Call-centre systems deliver events at least once and not always all of them, so the call
 * takes them leniently: a repeat is ignored, a first event other than RINGING starts the call
 * at its own time, and a late recording reference is still taken after the hang-up. Only what
 * cannot be true is refused ({@link CallEventOutOfOrder}): an answer after the hang-up, or an
 * event dated before the call rang.
 */
public final class HotlineCall implements AggregateRoot<HotlineCall, CallId> {

    private final CallId id;
    private final String callerNumber;
    private final Instant ringingAt;
    private final long version;

    private CallState state;
    private String agent;
    private Instant answeredAt;
    private Instant endedAt;
    private String recording;
    private String ticketId;

    private HotlineCall(HotlineCallSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.callerNumber = s.callerNumber();
        this.ringingAt = Objects.requireNonNull(s.ringingAt(), "ringingAt");
        this.state = Objects.requireNonNull(s.state(), "state");
        this.agent = s.agent();
        this.answeredAt = s.answeredAt();
        this.endedAt = s.endedAt();
        this.recording = s.recording();
        this.ticketId = s.ticketId();
        this.version = s.version();
    }

    /** Rebuilds a stored call. */
    public static HotlineCall restore(HotlineCallSnapshot snapshot) {
        return new HotlineCall(snapshot);
    }

    /**
     * The call as its first known event starts it: it rang at that event's time, and an ANSWERED
     * or HUNG_UP event is applied on top.
     */
    public static HotlineCall startedBy(CallEvent first) {
        HotlineCall call = new HotlineCall(new HotlineCallSnapshot(first.callId(), first.callerNumber(),
                CallState.RINGING, null, first.occurredAt(), null, null, null, null, 0));
        call.apply(first);
        return call;
    }

    /**
     * Takes one event of this call.
     *
     * @return whether the call changed (a repeated event changes nothing)
     * @throws CallEventOutOfOrder when the event cannot follow what is known
     */
    public boolean apply(CallEvent event) {
        if (!event.callId().equals(id)) {
            throw new IllegalArgumentException("event of call " + event.callId() + " applied to call " + id);
        }
        if (event.occurredAt().isBefore(ringingAt)) {
            throw new CallEventOutOfOrder(event.type(), state);
        }
        return switch (event.type()) {
            case RINGING -> false;
            case ANSWERED -> answer(event);
            case HUNG_UP -> hangUp(event);
        };
    }

    private boolean answer(CallEvent event) {
        if (state == CallState.ENDED) {
            throw new CallEventOutOfOrder(event.type(), state);
        }
        if (state == CallState.ANSWERED) {
            // The operator who took the call keeps it; a repeat or a later pick-up changes nothing.
            return false;
        }
        state = CallState.ANSWERED;
        agent = event.agent();
        answeredAt = event.occurredAt();
        return true;
    }

    private boolean hangUp(CallEvent event) {
        if (state == CallState.ENDED) {
            if (recording == null && event.recording() != null) {
                recording = event.recording();
                return true;
            }
            return false;
        }
        if (answeredAt != null && event.occurredAt().isBefore(answeredAt)) {
            throw new CallEventOutOfOrder(event.type(), state);
        }
        state = CallState.ENDED;
        endedAt = event.occurredAt();
        recording = event.recording();
        return true;
    }

    /**
     * Records the ticket opened from this call — during the call or after it. Opening the same
     * ticket again changes nothing.
     *
     * @throws CallAlreadyHasTicket when another ticket was opened from it already
     */
    public void attachTicket(String ticket) {
        Objects.requireNonNull(ticket, "ticket");
        if (ticketId != null && !ticketId.equals(ticket)) {
            throw new CallAlreadyHasTicket(id.value(), ticketId);
        }
        ticketId = ticket;
    }

    /** Throws unless a ticket may still be opened from the call. */
    public void ensureNoTicket() {
        if (ticketId != null) {
            throw new CallAlreadyHasTicket(id.value(), ticketId);
        }
    }

    /** The caller's phone number, when the network presented one that is a phone number. */
    public Optional<PhoneNumber> callerPhone() {
        return CallerNumber.phoneOf(callerNumber);
    }

    /**
     * How long the operator and the caller talked (通话时长): from the answer to the hang-up; zero
     * for a missed call; empty while the call goes on.
     */
    public Optional<Duration> talkTime() {
        if (state != CallState.ENDED) {
            return Optional.empty();
        }
        return Optional.of(answeredAt == null ? Duration.ZERO : Duration.between(answeredAt, endedAt));
    }

    @Override
    public CallId getId() {
        return id;
    }

    public CallState state() {
        return state;
    }

    public HotlineCallSnapshot snapshot() {
        return new HotlineCallSnapshot(id, callerNumber, state, agent, ringingAt, answeredAt, endedAt, recording,
                ticketId, version);
    }
}
