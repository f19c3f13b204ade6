package org.openhall.notification.domain;

/**
 * Where a notice stands on its way to the applicant's phone.
 *
 * <pre>
 * PENDING ──send──▶ SENT ──report──▶ DELIVERED | FAILED
 *   ▲  │ gateway down: PENDING again later; too many tries: FAILED
 *   │  └ answer lost: UNCERTAIN ──gateway knows it──▶ SENT
 *   │                    │ gateway never had it ──▶ PENDING (sent again)
 *   │                    └ cannot be told ──▶ REVIEW (a person decides; never resent blindly)
 * DEFERRED (daily limit reached) ──next day──▶ sent like PENDING
 * SUPPRESSED: a non-service message to a number that opted out (kept for the record)
 * </pre>
 */
public enum NoticeState {

    /** 待发送: waiting for its (next) attempt. */
    PENDING,

    /** 顺延: the number's daily limit for this template was reached; sent on a later day. */
    DEFERRED,

    /** 待核实: handed to the gateway but the answer was lost; the gateway must be asked before any resend. */
    UNCERTAIN,

    /** 已发送: the gateway accepted it. */
    SENT,

    /** 已送达: the carrier reported it delivered to the phone. */
    DELIVERED,

    /** 发送失败: refused by the gateway or carrier, or given up after the last attempt. */
    FAILED,

    /** 待人工核查: whether it was sent cannot be told; a person decides, it is never resent blindly. */
    REVIEW,

    /** 已退订拦截: a non-service message to a number on the suppression list. */
    SUPPRESSED;

    /** Whether the dispatcher still has work with the notice. */
    public boolean awaitsDispatch() {
        return this == PENDING || this == DEFERRED || this == UNCERTAIN;
    }
}
