package org.openhall.servicecase.domain;

/**
 * Where a case stands in its lifecycle (办件状态).
 */
public enum CaseStatus {
    /** 已收件: materials received at the window, neither accepted nor noticed yet. */
    SUBMITTED,
    /** 补正中: a one-time notice (一次告知) listed what is missing; waiting for the applicant. */
    SUPPLEMENT_REQUESTED,
    /** 已受理: accepted; the statutory and promised clocks run from the acceptance day. */
    ACCEPTED,
    /** 已办结: completed. */
    COMPLETED
}
