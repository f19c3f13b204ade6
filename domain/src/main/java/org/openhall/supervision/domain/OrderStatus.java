package org.openhall.supervision.domain;

/** Where a supervisory order stands. */
public enum OrderStatus {

    /** 待回告. */
    OPEN,

    /** 已回告. */
    REPLIED
}
