package org.openhall.servicecase.adapter.in.web.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.domain.CaseStatus;

/**
 * One food business licence case of the Heshan market regulation bureau, at its stages: received
 * on Wed 2026-09-16, a one-time notice the same day, accepted on Fri 2026-09-18 (statutory due
 * 2026-10-22, promised 2026-10-09 — across 中秋 and 国庆), completed on 2026-10-09.
 */
final class NoticeSamples {

    static final String ID = "0d5f8e0c-3a4b-4c1e-9a77-2f1e0b6c9d31";
    static final String NUMBER = "451381-20260916-00003";
    static final String ITEM = "食品经营许可";
    static final String TRACKING_URL = "https://zwfw.heshan.example.cn/track/" + NUMBER;
    static final NoticeContext CONTEXT = new NoticeContext("合山市政务服务中心", "合山市市场监督管理局",
            List.of("《中华人民共和国食品安全法》 第三十五条"), TRACKING_URL);

    private NoticeSamples() {
    }

    static CaseView submitted() {
        return view(CaseStatus.SUBMITTED, List.of(), null, null, null, false, null);
    }

    static CaseView noticed() {
        CaseView.NoticeView notice = new CaseView.NoticeView(1, LocalDate.of(2026, 9, 16), "clerk.scjg",
                List.of(new CaseView.NoticeLine("LAYOUT", "经营场所平面布局图", null),
                        new CaseView.NoticeLine("RULES", "食品安全管理制度", null),
                        new CaseView.NoticeLine("LICENCE", "营业执照复印件", "复印件不清晰")));
        return view(CaseStatus.SUPPLEMENT_REQUESTED, List.of(notice), null, null, null, false, null);
    }

    static CaseView accepted() {
        return view(CaseStatus.ACCEPTED, List.of(), LocalDate.of(2026, 9, 18), LocalDate.of(2026, 10, 22),
                LocalDate.of(2026, 10, 9), false, null);
    }

    static CaseView acceptedProvisionally() {
        return view(CaseStatus.ACCEPTED, List.of(), LocalDate.of(2026, 9, 18), LocalDate.of(2026, 10, 22),
                LocalDate.of(2026, 10, 9), true, null);
    }

    static CaseView completed() {
        return view(CaseStatus.COMPLETED, List.of(), LocalDate.of(2026, 9, 18), LocalDate.of(2026, 10, 22),
                LocalDate.of(2026, 10, 9), false, LocalDate.of(2026, 10, 9));
    }

    private static CaseView view(CaseStatus status, List<CaseView.NoticeView> notices, LocalDate acceptedOn,
            LocalDate statutoryDue, LocalDate promisedDue, boolean provisional, LocalDate completedOn) {
        return new CaseView(ID, NUMBER, "SCJG-001", 1, ITEM, "SCJG", "张*", "4513**********1235", "139****0001",
                status, Instant.parse("2026-09-16T01:30:00Z"), LocalDate.of(2026, 9, 16), "clerk.scjg", 1,
                Set.of("APP", "LICENCE"), notices, null, acceptedOn, statutoryDue, promisedDue, provisional,
                provisional ? "2027 calendar not loaded" : null, null, false, completedOn, 3);
    }
}
