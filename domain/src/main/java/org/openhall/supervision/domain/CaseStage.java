package org.openhall.supervision.domain;

/** Where a supervised case stands, as far as supervision needs to know (办件状态). */
public enum CaseStage {

    /** 已收件: received, not yet accepted. */
    RECEIVED,

    /** 待补正: waiting for the applicant's materials after a one-time notice. */
    WAITING_FOR_MATERIALS,

    /** 已受理: accepted; the clocks run. */
    ACCEPTED,

    /** 中止计时: the clocks stand still for a special procedure. */
    PAUSED,

    /** 已办结. */
    COMPLETED,

    /** 不予受理. */
    REFUSED,

    /** 已撤回. */
    WITHDRAWN;

    /** Whether the case is finished, so that no deadline is watched any more. */
    public boolean isClosed() {
        return this == COMPLETED || this == REFUSED || this == WITHDRAWN;
    }
}
