package org.openhall.disclosure.domain.report;

import static org.openhall.disclosure.domain.DisclosureSamples.COMPANY;
import static org.openhall.disclosure.domain.DisclosureSamples.HESHAN;
import static org.openhall.disclosure.domain.DisclosureSamples.LAW_FIRM;
import static org.openhall.disclosure.domain.DisclosureSamples.LI_SI;
import static org.openhall.disclosure.domain.DisclosureSamples.OFFICER;
import static org.openhall.disclosure.domain.DisclosureSamples.ZHANG_SAN;
import static org.openhall.disclosure.domain.DisclosureSamples.registered;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openhall.disclosure.domain.DisclosureSamples;
import org.openhall.disclosure.domain.catalog.CatalogEntry;
import org.openhall.disclosure.domain.catalog.CatalogEntryId;
import org.openhall.disclosure.domain.catalog.EntryContent;
import org.openhall.disclosure.domain.catalog.GuideCategory;
import org.openhall.disclosure.domain.catalog.IndexNumber;
import org.openhall.disclosure.domain.request.ChallengeKind;
import org.openhall.disclosure.domain.request.ChallengeOutcome;
import org.openhall.disclosure.domain.request.DeliveryMode;
import org.openhall.disclosure.domain.request.DisclosureRequest;
import org.openhall.disclosure.domain.request.ExcessiveHandling;
import org.openhall.disclosure.domain.request.FeeScale;
import org.openhall.disclosure.domain.request.IntakeChannel;
import org.openhall.disclosure.domain.request.ReplyContent;
import org.openhall.disclosure.domain.request.ReplyType;
import org.openhall.disclosure.domain.request.Requester;
import org.openhall.disclosure.domain.request.WithholdingGround;
import org.openhall.shared.domain.time.SettableClock;

/**
 * A known set of requests and entries for the 2026 annual report, each with the row it must land
 * in. Expected for 2026 (N = natural persons, C = commercial enterprises, L = legal services):
 * <pre>
 *   A  N  received 2025-12-29, disclosed 2026-01-06          carried over; 予以公开
 *   B  C  received 2025-12-30, deferred to 2027-01-15        carried over; carried forward
 *   C  N  received 2026-03-02, not disclosed (state secret)  received; 不予公开 1
 *   D  L  received 2026-05-06, partially disclosed 05-20     received; 部分公开; reconsideration upheld,
 *                                                           lawsuit after reconsideration pending
 *   E  N  received 2026-02-11, deemed withdrawn 02-28        received; 其他处理 1
 *   F  N  online 2026-12-30, confirmed 12-31                 received; carried forward
 *   G  C  ordinary letter 2026-06-01, never confirmed        nowhere
 *   H  N  received 2026-04-01, not this agency 04-03         received; 无法提供 1; fee 120 pages ¥1,100
 *   I  N  received 2026-11-02, repeat request 11-04          received; 不予处理 2
 *   J  C  received 2026-12-28, disclosed 2027-01-05          received; carried forward
 *   K  N  received 2026-07-01, withdrawn by applicant 07-02  received; 其他处理 3
 *   L  N  received 2026-08-03, already public 08-04          received; 予以公开
 * </pre>
 * Totals: received 9 (N 7, C 1, L 1); carried over 2; closed 8; carried forward 3 — and 9 + 2 = 8 + 3.
 * Entries: ZCWJ one published 2026-03-02, one published 2025-06-02 and withdrawn 2026-04-01;
 * RSXX one never published, one published 2026-12-31.
 */
public final class AnnualReportDataSet {

    public static final List<GuideCategory> CATEGORIES = List.of(new GuideCategory("ZCWJ", "政策文件", null),
            new GuideCategory("RSXX", "人事信息", null));

    public final List<DisclosureRequest> requests = new ArrayList<>();
    public final List<CatalogEntry> entries = new ArrayList<>();

    private final SettableClock clock = DisclosureSamples.clockOn("2025-12-29");

    public AnnualReportDataSet() {
        DisclosureRequest a = inPerson(ZHANG_SAN, "2025-12-29");
        reply(a, "2026-01-06", disclosed());
        DisclosureRequest b = inPerson(COMPANY, "2025-12-30");
        reply(b, "2026-01-20", new ReplyContent(ReplyType.EXCESSIVE, null, null, null, null, "申请数量明显超过合理范围", null,
                null, null, null, null, ExcessiveHandling.DEFERRED, LocalDate.parse("2027-01-15")));
        DisclosureRequest c = inPerson(LI_SI, "2026-03-02");
        reply(c, "2026-03-10", new ReplyContent(ReplyType.NOT_DISCLOSED, null, null, null, WithholdingGround.STATE_SECRET,
                "所申请信息经确定为国家秘密", "《政府信息公开条例》第十四条", null, null, null, null, null, null));
        DisclosureRequest d = inPerson(LAW_FIRM, "2026-05-06");
        reply(d, "2026-05-20", new ReplyContent(ReplyType.PARTIALLY_DISCLOSED, null, DeliveryMode.PROVIDED, null,
                WithholdingGround.THIRD_PARTY_RIGHTS, "涉及第三方个人信息的部分不予公开", null, null, null, null, null, null, null));
        clock.setDate("2026-07-10");
        d.recordChallenge(ChallengeKind.RECONSIDERATION, LocalDate.parse("2026-06-01"), OFFICER, clock);
        d.decideChallenge(1, ChallengeOutcome.UPHELD, LocalDate.parse("2026-07-01"), OFFICER, clock);
        d.recordChallenge(ChallengeKind.LITIGATION_AFTER_RECONSIDERATION, LocalDate.parse("2026-07-10"), OFFICER, clock);
        DisclosureRequest e = inPerson(ZHANG_SAN, "2026-02-11");
        clock.setDate("2026-02-13");
        e.requestCorrection(List.of("请明确所需信息的年份"), LocalDate.parse("2026-02-27"), OFFICER, HESHAN, clock);
        clock.setDate("2026-02-28");
        e.deemWithdrawn(OFFICER, clock);
        DisclosureRequest f = add(registered(ZHANG_SAN, IntakeChannel.ONLINE, "2026-12-30", clock));
        clock.setDate("2026-12-31");
        f.confirmReceipt(LocalDate.parse("2026-12-31"), OFFICER, HESHAN, clock);
        add(registered(COMPANY, IntakeChannel.ORDINARY_LETTER, "2026-06-01", clock));
        DisclosureRequest h = inPerson(LI_SI, "2026-04-01");
        h.assessFee(FeeScale.PER_PAGE, 120, OFFICER, clock);
        reply(h, "2026-04-03", new ReplyContent(ReplyType.NOT_THIS_AGENCY, null, null, null, null, null, null,
                "合山市自然资源局", "0772-8998765", null, null, null, null));
        DisclosureRequest i = inPerson(ZHANG_SAN, "2026-11-02");
        reply(i, "2026-11-04", new ReplyContent(ReplyType.REPEAT_REQUEST, null, null, null, null, null, null, null, null,
                "451381-YSQ-2026-00003", null, null, null));
        DisclosureRequest j = inPerson(COMPANY, "2026-12-28");
        reply(j, "2027-01-05", disclosed());
        DisclosureRequest k = inPerson(ZHANG_SAN, "2026-07-01");
        clock.setDate("2026-07-02");
        k.withdraw("申请人已另行获取", OFFICER, clock);
        DisclosureRequest l = inPerson(LI_SI, "2026-08-03");
        reply(l, "2026-08-04", new ReplyContent(ReplyType.ALREADY_PUBLIC, "合山市人民政府门户网站“政府信息公开”栏目", null, null,
                null, null, null, null, null, null, null, null, null));

        entries.add(published("ZCWJ", "2026-02-27", "2026-03-02", null));
        entries.add(published("ZCWJ", "2025-05-30", "2025-06-02", "2026-04-01"));
        entries.add(published("RSXX", "2026-12-01", null, null));
        entries.add(published("RSXX", "2026-12-30", "2026-12-31", null));
    }

    private DisclosureRequest inPerson(Requester requester, String day) {
        return add(registered(requester, IntakeChannel.IN_PERSON, day, clock));
    }

    private DisclosureRequest add(DisclosureRequest request) {
        requests.add(request);
        return request;
    }

    private void reply(DisclosureRequest request, String day, ReplyContent content) {
        clock.setDate(day);
        request.reply(content, OFFICER, HESHAN, clock);
    }

    private CatalogEntry published(String category, String madeOn, String publishedOn, String withdrawnOn) {
        clock.setDate(madeOn);
        EntryContent content = new EntryContent("条目 " + madeOn, "概述", null, category,
                DisclosureSamples.GOVERNMENT_OFFICE, LocalDate.parse(madeOn), List.of());
        CatalogEntry entry = CatalogEntry.record(new CatalogEntryId(UUID.randomUUID()),
                new IndexNumber("HSZF-" + category + "-" + madeOn), content, List.of(), OFFICER, HESHAN, clock);
        if (publishedOn != null) {
            clock.setDate(publishedOn);
            entry.publish(OFFICER, HESHAN, clock);
        }
        if (withdrawnOn != null) {
            clock.setDate(withdrawnOn);
            entry.withdraw("已失效", OFFICER, clock);
        }
        return entry;
    }

    private static ReplyContent disclosed() {
        return new ReplyContent(ReplyType.DISCLOSED, null, DeliveryMode.PROVIDED, null, null, null, null, null, null, null,
                null, null, null);
    }
}
