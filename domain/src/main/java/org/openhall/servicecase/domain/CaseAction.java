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
    /** 办结: the case was decided (approved or denied). */
    COMPLETE,
    /** 不予受理: the application was refused with reasons. */
    REFUSE,
    /** 视为受理: no notice came within 5 working days, so the law counts the case accepted (Art. 32). */
    DEEM_ACCEPTED,
    /** 容缺补交: a material accepted as missing (容缺受理) was handed in. */
    SUPPLY_DEFERRED_MATERIALS,
    /** 环节开始: a step of the item's procedure began. */
    START_STEP,
    /** 环节办结: a step ended with its handler's opinion. */
    COMPLETE_STEP,
    /** 特别程序开始: the clocks stopped for a special procedure, the applicant told in writing (Art. 45). */
    PAUSE_CLOCK,
    /** 特别程序结束: the clocks run again. */
    RESUME_CLOCK,
    /** 延期: the time limit was extended (Art. 42). */
    EXTEND_DEADLINE,
    /** 制证: the certificate was issued (Art. 44). */
    ISSUE_CERTIFICATE,
    /** 送达: the result reached the applicant. */
    DELIVER_CERTIFICATE,
    /** 撤回: the applicant withdrew the application. */
    WITHDRAW,
    /** 收费: the fees were collected under one receipt (一票制). */
    COLLECT_FEE,
    /** 减免: a fee was waived. */
    WAIVE_FEE,
    /** 退费: collected fees were refunded. */
    REFUND_FEE
}
