package org.openhall.complaint.domain;

/** Where a ticket (工单) stands in its closed loop (闭环). */
public enum TicketStatus {
    /** 已登记: taken in, waiting to be dispatched. */
    RECEIVED,
    /** 已派单: dispatched to a department, waiting for its sign-in. */
    DISPATCHED,
    /** 已退回: the department returned it with reasons; the dispatcher dispatches it again. */
    RETURNED,
    /** 办理中: signed in (签收) by the department, being handled. */
    SIGNED_IN,
    /** 已答复: the department replied to the citizen. */
    REPLIED,
    /** 已办结: the centre accepted the reply as the ticket's completion. */
    COMPLETED,
    /** 已回访: the citizen was called back and told their satisfaction. */
    FOLLOWED_UP,
    /** 已关闭: archived; may be reopened within the county's reopen period. */
    CLOSED;

    /** Whether the ticket still waits for its reply, so that its time limit runs. */
    public boolean awaitsReply() {
        return this == RECEIVED || this == DISPATCHED || this == RETURNED || this == SIGNED_IN;
    }

    /** Whether the ticket is resolved for the public (Open311 {@code closed}). */
    public boolean resolved() {
        return this == COMPLETED || this == FOLLOWED_UP || this == CLOSED;
    }
}
