package org.openhall.supervision.domain;

/** What can be done to a warning or card after it was raised. */
public enum WarningAction {

    /** 申诉. */
    CONTEST,

    /** 驳回申诉. */
    DISMISS_CONTEST,

    /** 撤销. */
    REVOKE
}
