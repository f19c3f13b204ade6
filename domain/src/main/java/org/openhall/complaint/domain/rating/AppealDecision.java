package org.openhall.complaint.domain.rating;

/** The outcome of a re-review (复核结论). */
public enum AppealDecision {
    /** 申诉成立: the rating is excluded from the figures on the appeal's ground. */
    UPHELD,
    /** 申诉不成立: the rating keeps counting. */
    REJECTED
}
