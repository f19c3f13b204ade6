package org.openhall.supervision.domain;

/** Where a warning or card stands (预警/亮牌状态). Only a revoked one leaves the figures. */
public enum WarningStatus {

    /** 有效. */
    ACTIVE,

    /** 申诉中: the department contested the card. */
    CONTESTED,

    /** 申诉驳回: a supervisor dismissed the contest; the card stands. */
    UPHELD,

    /** 已撤销: a supervisor revoked the card with reasons; it stays in the history, out of the figures. */
    REVOKED
}
