package org.openhall.supervision.application.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The supervision fields of a feed event (监察要素): what the event carries, completed with the case as
 * the servicecase context shows it at the time of sending. Personal data is masked (张*,
 * 4501**********1234). Parts that do not apply to the event are {@code null}.
 *
 * @param caseNumber        办件编号
 * @param itemCode          事项编码
 * @param status            the case's state when the event was sent
 * @param actor             who acted ({@code system} for scheduled jobs)
 * @param acceptedOn        受理日期 (day 0 of both clocks)
 * @param statutoryDueDate  法定办结日期 (Administrative Licensing Law Art. 42)
 * @param promisedDueDate   承诺办结日期
 * @param provisional       whether a due date ran past the loaded calendar and is provisional
 */
public record SupervisionFeedData(String caseNumber, String caseId, String itemCode, Integer itemVersion,
        String itemName, String department, String applicantName, String applicantIdNumber, String status,
        String actor, String channel, LocalDate receivedOn, LocalDate acceptedOn, LocalDate statutoryDueDate,
        LocalDate promisedDueDate, Boolean provisional, Step step, Pause pause, Extension extension,
        Supplement supplement, Result result, Certificate certificate, Fee fee, Warning warning) {

    /** 办理环节: {@code code} is the step's position in the item's procedure. */
    public record Step(String code, String name, String handler, String department, LocalDate startedOn,
            LocalDate completedOn, LocalDate dueOn, String opinion) {
    }

    /** 暂停计时 (Art. 45): {@code toDay} is null while the pause lasts. */
    public record Pause(String type, LocalDate fromDay, LocalDate toDay, String noticeReference) {
    }

    /** 延期 (Art. 42). */
    public record Extension(int workingDays, String approvedBy, String reason) {
    }

    /** 一次告知 / 补正 (Art. 32). */
    public record Supplement(int submissionRound, List<String> materialCodes, LocalDate issuedOn) {
    }

    /**
     * 办理结果: APPROVED, DENIED, REFUSED (不予受理) or WITHDRAWN.
     */
    public record Result(String outcome, LocalDate decidedOn, String legalBasis, String reason,
            Boolean withinPromisedLimit, Boolean withinStatutoryLimit, LocalDate certificateDueDate) {
    }

    /** 制证 and 送达 (Art. 44). */
    public record Certificate(String number, LocalDate issuedOn, LocalDate serveBy, Boolean withinLimit,
            String deliveryMethod, LocalDate deliveredOn, String carrier, String trackingNumber) {
    }

    /** 收费: COLLECTED, REFUNDED or WAIVED; amounts in yuan. */
    public record Fee(String action, String receiptNumber, BigDecimal amount, BigDecimal catalogAmount,
            List<String> names, String reason) {
    }

    /** 预警/亮牌 of electronic supervision. */
    public record Warning(String warningId, String rule, String level, LocalDate dueDate, LocalDate raisedOn) {
    }
}
