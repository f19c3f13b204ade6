package org.openhall.participation.domain;

/** Where a comment from the public stands in moderation (意见审核). */
public enum CommentStatus {
    /** 待审核: received, not yet shown to the public. */
    PENDING,
    /** 已公开: shown to the public (name masked) and answered in the adoption report. */
    PUBLISHED,
    /** 未公开: not shown (e.g. abusive or off topic); kept with the reason, for staff and supervisors. */
    REJECTED
}
