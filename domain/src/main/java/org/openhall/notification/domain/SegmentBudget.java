package org.openhall.notification.domain;

import org.openhall.shared.domain.InvalidValue;

/**
 * How long a rendered message may be (短信计费条数). Chinese text travels as UCS-2: one message holds
 * 70 characters; a longer one is split into segments of 67, the other 3 character places holding the
 * concatenation header (UDH, 3GPP TS 23.040 §9.2.3.24.1). The signature counts. The county caps the
 * segments a notice may take.
 */
public record SegmentBudget(int maxSegments) {

    /** Characters of a single UCS-2 message. */
    public static final int SINGLE = 70;

    /** Characters per segment of a concatenated UCS-2 message. */
    public static final int PER_SEGMENT = 67;

    public SegmentBudget {
        if (maxSegments < 1 || maxSegments > 10) {
            throw new InvalidValue("sms.max-segments", "must be between 1 and 10");
        }
    }

    /** The segments a text of {@code length} characters (UTF-16 units, as UCS-2 counts) takes. */
    public static int segmentsFor(int length) {
        if (length <= SINGLE) {
            return 1;
        }
        return (length + PER_SEGMENT - 1) / PER_SEGMENT;
    }

    public boolean allows(int length) {
        return segmentsFor(length) <= maxSegments;
    }

    /** The longest text within the budget. */
    public int maxLength() {
        return maxSegments == 1 ? SINGLE : maxSegments * PER_SEGMENT;
    }
}
