package org.openhall.disclosure.domain.request;

/** How an applicant contested the handling of a request: the columns of the annual report's last table. */
public enum ChallengeKind {
    /** 行政复议. */
    RECONSIDERATION,
    /** 行政诉讼, brought directly (未经复议直接起诉). */
    LITIGATION,
    /** 行政诉讼, brought after reconsideration (复议后起诉). */
    LITIGATION_AFTER_RECONSIDERATION
}
