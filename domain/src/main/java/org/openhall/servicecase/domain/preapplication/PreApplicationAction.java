package org.openhall.servicecase.domain.preapplication;

/** The steps of a pre-application, as its history (留痕) names them. */
public enum PreApplicationAction {
    /** 网上提交: the applicant submitted online. */
    SUBMIT,
    /** 预审补正: pre-review asked for corrections. */
    REQUEST_CORRECTIONS,
    /** 补正提交: the applicant resubmitted after corrections. */
    RESUBMIT,
    /** 预约: pre-review passed with an appointment at a window. */
    INVITE,
    /** 窗口收件: received at the window as a case. */
    RECEIVE
}
