package org.openhall.participation.domain;

/**
 * Where a draft decision stands. Whether its comment period is still running is a matter of the
 * date, not of the status: see {@link CommentPeriod}.
 */
public enum DraftStatus {
    /** 征求意见: published for comment; comments are taken during the period, answered after it. */
    OPEN_FOR_COMMENT,
    /** 已公布意见采纳情况: every comment is accounted for in the published adoption report. */
    REPORT_PUBLISHED,
    /** 已公布决策: the decision itself is published; nothing more is taken or answered. */
    DECISION_PUBLISHED
}
