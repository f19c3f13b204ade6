package org.openhall.servicecase.domain;

/** What was done to a case in one transition; the audit trail (实时留痕) names it. */
public enum CaseAction {
    /** 收件: the application and its materials were received. */
    SUBMIT,
    /** 一次告知: the one-time notice of missing or defective materials was issued. */
    REQUEST_SUPPLEMENT,
    /** 补正: the applicant supplied what the notice asked for. */
    SUPPLY_MATERIALS,
    /** 受理: the case was accepted. */
    ACCEPT,
    /** 办结: the case was completed. */
    COMPLETE
}
