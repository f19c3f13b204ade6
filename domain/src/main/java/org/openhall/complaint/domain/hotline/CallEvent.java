package org.openhall.complaint.domain.hotline;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * One report of a call-centre system about a call (话务事件).
 *
 * @param callerNumber the number the caller rang from as the network presented it (主叫号码), or
 *                     {@code null} when withheld; only a RINGING event needs it
 * @param agent        the operator's user name; required for ANSWERED, ignored otherwise
 * @param occurredAt   when it happened, by the reporting system's clock
 * @param recording    where the recording of the call is kept (录音编号 or file), HUNG_UP only;
 *                     {@code null} when the call was not recorded
 */
@ValueObject
public record CallEvent(CallEventType type, CallId callId, String callerNumber, String agent, Instant occurredAt,
        String recording) {

    private static final int MAX_TEXT = 200;

    public CallEvent {
        Objects.requireNonNull(type, "type");
        if (callId == null) {
            throw new InvalidValue("callId", "must not be missing");
        }
        if (occurredAt == null) {
            throw new InvalidValue("occurredAt", "must not be missing");
        }
        callerNumber = blankToNull(callerNumber, "callerNumber", 32);
        agent = blankToNull(agent, "agent", 64);
        recording = blankToNull(recording, "recording", MAX_TEXT);
        if (type == CallEventType.ANSWERED && agent == null) {
            throw new InvalidValue("agent", "must name the operator who answered");
        }
    }

    private static String blankToNull(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValue(field, "must be at most " + max + " printable characters");
        }
        return stripped;
    }

    /** Masked caller, so that the number never lands in a log by accident. */
    @Override
    public String toString() {
        return "CallEvent[" + type + ", " + callId + ", " + occurredAt + "]";
    }
}
