package org.openhall.servicecase.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openhall.servicecase.application.port.in.CaseSummaryView;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.TransitionView;
import org.openhall.servicecase.domain.CaseAction;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.shared.domain.time.DayVerdict;
import org.openhall.shared.domain.time.Deadline;
import org.openhall.shared.domain.time.DeadlineExplanation;
import org.openhall.shared.domain.time.ExplainedDay;
import org.openhall.shared.domain.time.TimeLimit;

/** Views of one case of the public security department, as the use cases would return them. */
final class SampleCases {

    static final UUID ID = UUID.fromString("6f1c2a52-7d1e-4f0c-9a55-3b7b8f0c1d20");
    static final String NUMBER = "451381-20260305-00017";
    static final String ITEM = "HS-GA-001";

    private SampleCases() {
    }

    static CaseView submitted(long version) {
        return new CaseView(ID.toString(), NUMBER, ITEM, 1, "户口迁入登记", "PSB", "张*", "4501**********123X",
                "138****5678", CaseStatus.SUBMITTED, Instant.parse("2026-03-05T01:30:00Z"), LocalDate.of(2026, 3, 5),
                "wang.clerk", 1, Set.of("HUKOU", "ID_CARD"), List.of(), LocalDate.of(2026, 3, 12), null, null, null,
                false, null, null, false, null, version);
    }

    static CaseView noticed(long version) {
        CaseView.NoticeView notice = new CaseView.NoticeView(1, LocalDate.of(2026, 3, 5), "wang.clerk",
                List.of(new CaseView.NoticeLine("PHOTO", "近期免冠照片", null),
                        new CaseView.NoticeLine("ID_CARD", "居民身份证", "复印件不清晰")));
        return new CaseView(ID.toString(), NUMBER, ITEM, 1, "户口迁入登记", "PSB", "张*", "4501**********123X",
                "138****5678", CaseStatus.SUPPLEMENT_REQUESTED, Instant.parse("2026-03-05T01:30:00Z"),
                LocalDate.of(2026, 3, 5), "wang.clerk", 1, Set.of("HUKOU"), List.of(notice), null, null, null, null,
                false, null, null, false, null, version);
    }

    static CaseView accepted(long version) {
        return new CaseView(ID.toString(), NUMBER, ITEM, 1, "户口迁入登记", "PSB", "张*", "4501**********123X",
                "138****5678", CaseStatus.ACCEPTED, Instant.parse("2026-03-05T01:30:00Z"), LocalDate.of(2026, 3, 5),
                "wang.clerk", 1, Set.of("HUKOU", "ID_CARD", "PHOTO"), List.of(), null, LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 3, 10), false, null, 3, false, null, version);
    }

    static CaseSummaryView summary() {
        return new CaseSummaryView(ID.toString(), NUMBER, ITEM, "户口迁入登记", "PSB", "张*", CaseStatus.ACCEPTED,
                LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 10), 2);
    }

    /** Accepted on Thursday 5 March 2026 with three working days: the weekend is skipped. */
    static DeadlineExplanation threeWorkingDaysOverAWeekend() {
        return new DeadlineExplanation(LocalDate.of(2026, 3, 5), TimeLimit.workingDays(3), 0, List.of(
                new ExplainedDay(LocalDate.of(2026, 3, 5), DayVerdict.START, 0, false, null),
                new ExplainedDay(LocalDate.of(2026, 3, 6), DayVerdict.COUNTED, 1, false, null),
                new ExplainedDay(LocalDate.of(2026, 3, 7), DayVerdict.WEEKEND, 0, false, null),
                new ExplainedDay(LocalDate.of(2026, 3, 8), DayVerdict.WEEKEND, 0, false, null),
                new ExplainedDay(LocalDate.of(2026, 3, 9), DayVerdict.COUNTED, 2, false, null),
                new ExplainedDay(LocalDate.of(2026, 3, 10), DayVerdict.COUNTED, 3, false, null)),
                Deadline.firm(LocalDate.of(2026, 3, 10)));
    }

    static List<TransitionView> history() {
        ZoneOffset china = ZoneOffset.ofHours(8);
        return List.of(
                new TransitionView(1, CaseAction.SUBMIT, null, CaseStatus.SUBMITTED, "wang.clerk", "PSB", null,
                        OffsetDateTime.of(2026, 3, 5, 9, 30, 0, 0, china), "2 material(s) received"),
                new TransitionView(2, CaseAction.ACCEPT, CaseStatus.SUBMITTED, CaseStatus.ACCEPTED, "wang.clerk",
                        "PSB", null, OffsetDateTime.of(2026, 3, 5, 10, 0, 0, 0, china), null));
    }
}
