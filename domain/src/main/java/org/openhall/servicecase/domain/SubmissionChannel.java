package org.openhall.servicecase.domain;

/** How an application reached the centre (申请渠道). */
public enum SubmissionChannel {
    /** 窗口收件: handed in by the applicant at a window of the centre. */
    WINDOW,
    /** 代办: handed in at a village service station by an agent on the applicant's behalf. */
    AGENT,
    /** 网上申请: created from an online pre-application (网上预审) that passed review. */
    ONLINE
}
