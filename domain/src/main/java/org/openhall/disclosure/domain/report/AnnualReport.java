package org.openhall.disclosure.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.disclosure.domain.catalog.CatalogEntrySnapshot;
import org.openhall.disclosure.domain.catalog.EntryStatus;
import org.openhall.disclosure.domain.catalog.GuideCategory;
import org.openhall.disclosure.domain.request.Challenge;
import org.openhall.disclosure.domain.request.ChallengeKind;
import org.openhall.disclosure.domain.request.ChallengeOutcome;
import org.openhall.disclosure.domain.request.DisclosureRequestSnapshot;
import org.openhall.disclosure.domain.request.ExcessiveHandling;
import org.openhall.disclosure.domain.request.ReplyContent;
import org.openhall.disclosure.domain.request.ReplyType;
import org.openhall.disclosure.domain.request.RequesterKind;
import org.openhall.disclosure.domain.request.Withdrawal;
import org.openhall.disclosure.domain.request.WithholdingGround;
import org.openhall.shared.domain.money.Money;

/**
 * The figures of the annual report on open government information (政府信息公开工作年度报告),
 * Arts. 49–50, in the layout of the national format: proactive disclosure by category; requests
 * received, carried over, closed by outcome and carried forward, per kind of applicant; and the
 * reconsiderations and lawsuits. Due by 31 January of the following year.
 *
 * <p>How requests are counted: a request counts from its day of receipt (Art. 31) — one never
 * received (an unconfirmed letter) counts nowhere. It is closed on the day of its reply or
 * withdrawal; an Art. 35 deferral does not close it. For every year, received + carried over =
 * closed + carried forward. "Already public" replies count as 予以公开, as the national notes
 * ask; "does not exist" and "not this agency" both count as 本机关不掌握相关政府信息.
 *
 * @param requestRows the rows of table 三 in the national order, the totals included
 * @param challengeRows reconsideration, direct lawsuit, lawsuit after reconsideration (table 四)
 * @param feesAssessed the processing fees assessed in the year
 */
@ValueObject
public record AnnualReport(int year, List<CategoryCount> proactive, List<ReportRow> requestRows,
        List<ChallengeRow> challengeRows, Money feesAssessed) {

    public AnnualReport {
        proactive = List.copyOf(proactive);
        requestRows = List.copyOf(requestRows);
        challengeRows = List.copyOf(challengeRows);
    }

    /** The row under {@code key}. */
    public ReportRow row(String key) {
        return requestRows.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + key));
    }

    /** The block under {@code key}: {@code reconsideration}, {@code litigation} or {@code litigationAfterReconsideration}. */
    public ChallengeRow challenges(String key) {
        return challengeRows.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no block " + key));
    }

    /** Compiles the report of {@code year} from every stored request and entry. */
    public static AnnualReport compile(int year, List<GuideCategory> categories, List<CatalogEntrySnapshot> entries,
            List<DisclosureRequestSnapshot> requests) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return new AnnualReport(year, proactive(categories, entries, first, last), requestRows(requests, first, last),
                challengeRows(requests, first, last), fees(requests, first, last));
    }

    private static List<CategoryCount> proactive(List<GuideCategory> categories, List<CatalogEntrySnapshot> entries,
            LocalDate first, LocalDate last) {
        List<CategoryCount> counts = new ArrayList<>();
        for (GuideCategory category : categories) {
            List<CatalogEntrySnapshot> ofCategory = entries.stream()
                    .filter(e -> e.content().category().equals(category.code())).toList();
            long published = ofCategory.stream().filter(e -> within(e.firstPublishedOn(), first, last)).count();
            long withdrawn = ofCategory.stream().filter(e -> within(e.withdrawnOn(), first, last)).count();
            long publicAtEnd = ofCategory.stream()
                    .filter(e -> e.firstPublishedOn() != null && !e.firstPublishedOn().isAfter(last))
                    .filter(e -> e.status() != EntryStatus.WITHDRAWN || e.withdrawnOn().isAfter(last)).count();
            counts.add(new CategoryCount(category.code(), category.name(), published, withdrawn, publicAtEnd));
        }
        return counts;
    }

    private static List<ReportRow> requestRows(List<DisclosureRequestSnapshot> all, LocalDate first, LocalDate last) {
        List<DisclosureRequestSnapshot> received = all.stream().filter(r -> r.receivedOn() != null).toList();
        List<DisclosureRequestSnapshot> closedInYear = received.stream()
                .filter(r -> within(closedOn(r), first, last)).toList();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Predicate<DisclosureRequestSnapshot>> outcomes = new LinkedHashMap<>();
        outcome(labels, outcomes, "disclosed", "三、（一）予以公开", r -> isReply(r, ReplyType.DISCLOSED)
                || isReply(r, ReplyType.ALREADY_PUBLIC));
        outcome(labels, outcomes, "partiallyDisclosed", "三、（二）部分公开", r -> isReply(r, ReplyType.PARTIALLY_DISCLOSED));
        String[] groundLabels = {"1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
            "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"};
        for (WithholdingGround ground : WithholdingGround.values()) {
            outcome(labels, outcomes, "notDisclosed." + ground.name(), "三、（三）不予公开 " + groundLabels[ground.ordinal()],
                    r -> isReply(r, ReplyType.NOT_DISCLOSED) && r.reply().withholdingGround() == ground);
        }
        outcome(labels, outcomes, "unableToProvide.notHeld", "三、（四）无法提供 1.本机关不掌握相关政府信息",
                r -> isReply(r, ReplyType.DOES_NOT_EXIST) || isReply(r, ReplyType.NOT_THIS_AGENCY));
        outcome(labels, outcomes, "unableToProvide.needsCreation", "三、（四）无法提供 2.没有现成信息需要另行制作", r -> false);
        outcome(labels, outcomes, "unableToProvide.unclearAfterCorrection", "三、（四）无法提供 3.补正后申请内容仍不明确",
                r -> false);
        outcome(labels, outcomes, "notProcessed.complaint", "三、（五）不予处理 1.信访举报投诉类申请", r -> false);
        outcome(labels, outcomes, "notProcessed.repeat", "三、（五）不予处理 2.重复申请", r -> isReply(r, ReplyType.REPEAT_REQUEST));
        outcome(labels, outcomes, "notProcessed.publication", "三、（五）不予处理 3.要求提供公开出版物", r -> false);
        outcome(labels, outcomes, "notProcessed.excessive", "三、（五）不予处理 4.无正当理由大量反复申请",
                r -> isReply(r, ReplyType.EXCESSIVE) && r.reply().excessiveHandling() == ExcessiveHandling.NOT_PROCESSED);
        outcome(labels, outcomes, "notProcessed.confirmation", "三、（五）不予处理 5.要求行政机关确认或重新出具已获取信息",
                r -> false);
        outcome(labels, outcomes, "otherHandling.noCorrection",
                "三、（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                r -> r.withdrawal() == Withdrawal.DEEMED_NO_CORRECTION);
        outcome(labels, outcomes, "otherHandling.feeUnpaid",
                "三、（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", r -> false);
        outcome(labels, outcomes, "otherHandling.other", "三、（六）其他处理 3.其他",
                r -> isReply(r, ReplyType.SPECIAL_PROCEDURE) || r.withdrawal() == Withdrawal.BY_APPLICANT);

        List<ReportRow> rows = new ArrayList<>();
        rows.add(count("received", "一、本年新收政府信息公开申请数量", received, r -> within(r.receivedOn(), first, last)));
        rows.add(count("carriedOver", "二、上年结转政府信息公开申请数量", received,
                r -> r.receivedOn().isBefore(first) && (closedOn(r) == null || !closedOn(r).isBefore(first))));
        for (Map.Entry<String, Predicate<DisclosureRequestSnapshot>> outcome : outcomes.entrySet()) {
            rows.add(count(outcome.getKey(), labels.get(outcome.getKey()), closedInYear, outcome.getValue()));
        }
        rows.add(count("closedTotal", "三、（七）总计", closedInYear, r -> true));
        rows.add(count("carriedForward", "四、结转下年度继续办理", received,
                r -> !r.receivedOn().isAfter(last) && (closedOn(r) == null || closedOn(r).isAfter(last))));
        return rows;
    }

    private static void outcome(Map<String, String> labels, Map<String, Predicate<DisclosureRequestSnapshot>> outcomes,
            String key, String label, Predicate<DisclosureRequestSnapshot> test) {
        labels.put(key, label);
        outcomes.put(key, test);
    }

    private static ReportRow count(String key, String label, List<DisclosureRequestSnapshot> requests,
            Predicate<DisclosureRequestSnapshot> test) {
        Map<RequesterKind, Long> counts = new EnumMap<>(RequesterKind.class);
        for (DisclosureRequestSnapshot r : requests) {
            if (test.test(r)) {
                counts.merge(r.requester().kind(), 1L, Long::sum);
            }
        }
        return new ReportRow(key, label, counts);
    }

    private static List<ChallengeRow> challengeRows(List<DisclosureRequestSnapshot> requests, LocalDate first,
            LocalDate last) {
        List<Challenge> filed = requests.stream().flatMap(r -> r.challenges().stream())
                .filter(c -> within(c.filedOn(), first, last)).toList();
        return List.of(challengeRow("reconsideration", "行政复议", filed, ChallengeKind.RECONSIDERATION),
                challengeRow("litigation", "行政诉讼 未经复议直接起诉", filed, ChallengeKind.LITIGATION),
                challengeRow("litigationAfterReconsideration", "行政诉讼 复议后起诉", filed,
                        ChallengeKind.LITIGATION_AFTER_RECONSIDERATION));
    }

    private static ChallengeRow challengeRow(String key, String label, List<Challenge> filed, ChallengeKind kind) {
        Map<ChallengeOutcome, Long> by = new EnumMap<>(ChallengeOutcome.class);
        filed.stream().filter(c -> c.kind() == kind).forEach(c -> by.merge(c.outcome(), 1L, Long::sum));
        return new ChallengeRow(key, label, by.getOrDefault(ChallengeOutcome.UPHELD, 0L),
                by.getOrDefault(ChallengeOutcome.CORRECTED, 0L), by.getOrDefault(ChallengeOutcome.OTHER, 0L),
                by.getOrDefault(ChallengeOutcome.PENDING, 0L));
    }

    private static Money fees(List<DisclosureRequestSnapshot> requests, LocalDate first, LocalDate last) {
        Money total = Money.ZERO;
        for (DisclosureRequestSnapshot r : requests) {
            if (r.fee() != null && within(r.fee().assessedOn(), first, last)) {
                total = total.plus(r.fee().amount());
            }
        }
        return total;
    }

    private static boolean isReply(DisclosureRequestSnapshot r, ReplyType type) {
        ReplyContent reply = r.reply();
        return reply != null && reply.type() == type;
    }

    private static LocalDate closedOn(DisclosureRequestSnapshot r) {
        return r.repliedOn() != null ? r.repliedOn() : r.withdrawnOn();
    }

    private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
        return day != null && !day.isBefore(first) && !day.isAfter(last);
    }
}
