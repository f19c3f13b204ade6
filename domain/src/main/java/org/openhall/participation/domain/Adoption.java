package org.openhall.participation.domain;

/** How a published comment was taken up in the decision (意见采纳情况). */
public enum Adoption {
    /** 采纳. */
    ADOPTED,
    /** 部分采纳. */
    PARTLY_ADOPTED,
    /** 未采纳. */
    NOT_ADOPTED
}
