package org.openhall.servicecase.domain.preapplication;

/** Where an online pre-application stands (预申请状态). */
public enum PreApplicationState {
    /** 待预审: submitted or resubmitted; the item's department is to pre-review it within the county's limit. */
    PENDING_REVIEW,
    /** 待补正: pre-review asked for corrections; waiting for the applicant to resubmit. */
    CORRECTIONS_REQUESTED,
    /** 已预约: pre-review passed; the applicant is invited to a window on a working day. */
    INVITED,
    /** 已收件: received at the window as a case; closed. */
    RECEIVED
}
