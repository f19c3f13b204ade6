package org.openhall.complaint.domain;

/**
 * The citizen's satisfaction as told on the follow-up call (回访满意度). It is a record of the call;
 * the rating of the service (好差评) that may follow is kept elsewhere.
 */
public enum Satisfaction {
    /** 非常满意. */
    VERY_SATISFIED,
    /** 满意. */
    SATISFIED,
    /** 基本满意. */
    BASICALLY_SATISFIED,
    /** 不满意. */
    DISSATISFIED,
    /** 非常不满意. */
    VERY_DISSATISFIED,
    /** 未接通: the citizen could not be reached. */
    NOT_REACHED
}
