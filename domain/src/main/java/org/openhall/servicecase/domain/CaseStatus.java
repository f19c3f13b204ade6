package org.openhall.servicecase.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands in its lifecycle (办件状态). REFUSED, COMPLETED and WITHDRAWN close the case;
 * a completed case may still get its certificate, delivery and fee records.
 */
public enum CaseStatus {
    /** 已收件: materials received, neither accepted, noticed nor refused yet. */
    SUBMITTED,
    /** 补正中: a one-time notice (一次告知) listed what is missing; waiting for the applicant. */
    SUPPLEMENT_REQUESTED,
    /** 已受理: accepted; the statutory and promised clocks run and the procedure's steps are walked. */
    ACCEPTED,
    /** 不予受理: refused with reasons and a legal basis; closed. */
    REFUSED,
    /** 已办结: decided (approved or denied). */
    COMPLETED,
    /** 已撤回: withdrawn by the applicant before the decision; closed. */
    WITHDRAWN;

    /** The states in which a case still waits for the centre to act. */
    public static final Set<CaseStatus> OPEN = EnumSet.of(SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
