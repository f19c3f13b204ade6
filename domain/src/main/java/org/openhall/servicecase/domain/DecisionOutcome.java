package org.openhall.servicecase.domain;

/** The outcome of a decision (审批决定). */
public enum DecisionOutcome {
    /** 准予许可: approved; a certificate follows (Art. 44). */
    APPROVED,
    /** 不予许可: denied, with the legal basis and reasons in writing (Art. 38). */
    DENIED
}
