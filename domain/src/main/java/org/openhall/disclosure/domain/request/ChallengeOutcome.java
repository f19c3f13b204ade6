package org.openhall.disclosure.domain.request;

/** The result of a reconsideration or lawsuit, as the annual report counts it. */
public enum ChallengeOutcome {
    /** 尚未审结. */
    PENDING,
    /** 结果维持. */
    UPHELD,
    /** 结果纠正. */
    CORRECTED,
    /** 其他结果. */
    OTHER
}
