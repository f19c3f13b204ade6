package org.openhall.shared.domain.time;

/** How a case clock treats one day between day 0 and the due date. */
public enum DayVerdict {

    /** Day 0: receipt, acceptance or notice; never counted (the period starts the next day). */
    START,

    /** Counted against the limit. */
    COUNTED,

    /** Not counted: a Saturday or Sunday that is not a make-up working day. */
    WEEKEND,

    /** Not counted: a day off of the published holiday schedule. */
    PUBLIC_HOLIDAY,

    /** Not counted: the clock stood still (Administrative Licensing Law Art. 45). */
    PAUSED
}
