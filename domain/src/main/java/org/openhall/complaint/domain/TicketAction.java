package org.openhall.complaint.domain;

/** The steps of a ticket's closed loop, as its history records them. */
public enum TicketAction {
    /** 登记: taken in at a window, by phone, SMS, the portal or from the 12345 centre. */
    OPEN,
    /** 派单: dispatched to a department. */
    DISPATCH,
    /** 签收: the department takes the ticket on. */
    SIGN_IN,
    /** 退回: the department sends the ticket back to the dispatcher, with reasons. */
    RETURN,
    /** 办理: a note on the handling. */
    HANDLE,
    /** 答复: the department's reply to the citizen. */
    REPLY,
    /** 督办: the supervisor presses the department. */
    SUPERVISE,
    /** 申请延期: the department asks for more time before the deadline. */
    REQUEST_EXTENSION,
    /** 批准延期: a department head or supervisor approves the extension. */
    APPROVE_EXTENSION,
    /** 办结: the centre accepts the reply. */
    COMPLETE,
    /** 回访: the follow-up call with the citizen's satisfaction. */
    FOLLOW_UP,
    /** 关闭: archived. */
    CLOSE,
    /** 重办: reopened within the reopen period. */
    REOPEN
}
