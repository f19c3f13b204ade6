package org.openhall.supervision.domain;

/**
 * The supervision rules (监察规则). The first four watch a deadline and are checked by the sweep on
 * each day; the others judge one case event and fire when it arrives. The name is the rule's code
 * in warnings, the API and the monitoring feed.
 */
public enum SupervisionRule {

    /** 承诺时限临近: the promised due date is within the warning threshold. */
    PROMISED_DUE_APPROACHING(WatchedDeadline.PROMISED),

    /** 法定时限临近: the statutory due date is within the warning threshold. */
    STATUTORY_DUE_APPROACHING(WatchedDeadline.STATUTORY),

    /** 超承诺时限: the case is past its promised due date. */
    PROMISED_OVERDUE(WatchedDeadline.PROMISED),

    /** 超法定时限: the case is past its statutory due date. */
    STATUTORY_OVERDUE(WatchedDeadline.STATUTORY),

    /** 环节超时: an approval step ran past its own limit. */
    STEP_OVERDUE(null),

    /** 视为受理: no one-time notice came within 5 working days of receipt (Administrative Licensing Law Art. 32). */
    DEEMED_ACCEPTANCE(null),

    /** 不予受理未说明理由: a refusal without reasons or legal basis (Art. 32 asks for both in writing). */
    REFUSAL_WITHOUT_REASONS(null),

    /** 违规收费: the fee collected differs from what the catalog prescribes. */
    FEE_DIFFERS_FROM_CATALOG(null),

    /** 应网办未网办: an item that can be handled online was handled offline. */
    ONLINE_ITEM_HANDLED_OFFLINE(null),

    /** 主动公开逾期: a proactive-disclosure entry not published within 20 working days (政府信息公开条例 Art. 26). */
    PUBLICATION_OVERDUE(null),

    /** 工单超时未签收: a ticket dispatched to a department was neither signed in nor returned in time. */
    TICKET_SIGN_IN_OVERDUE(null),

    /** 工单超期: a ticket had no reply by the due date of its class (extensions included). */
    TICKET_OVERDUE(null);

    private final WatchedDeadline deadline;

    SupervisionRule(WatchedDeadline deadline) {
        this.deadline = deadline;
    }

    /** The rule that warns before {@code deadline}. */
    public static SupervisionRule approaching(WatchedDeadline deadline) {
        return deadline == WatchedDeadline.PROMISED ? PROMISED_DUE_APPROACHING : STATUTORY_DUE_APPROACHING;
    }

    /** The rule that cards a case past {@code deadline}. */
    public static SupervisionRule overdue(WatchedDeadline deadline) {
        return deadline == WatchedDeadline.PROMISED ? PROMISED_OVERDUE : STATUTORY_OVERDUE;
    }

    /** The deadline a deadline rule watches; {@code null} for the other rules. */
    public WatchedDeadline deadline() {
        return deadline;
    }

    /** The pack's spelling of the rule in parameter keys, e.g. {@code fee-differs-from-catalog}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
