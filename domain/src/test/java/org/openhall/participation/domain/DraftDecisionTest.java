package org.openhall.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.participation.domain.ParticipationFixtures.CALENDAR;
import static org.openhall.participation.domain.ParticipationFixtures.DRAFTER;
import static org.openhall.participation.domain.ParticipationFixtures.OUYANG;
import static org.openhall.participation.domain.ParticipationFixtures.PARKING_RULES;
import static org.openhall.participation.domain.ParticipationFixtures.ZHANG_SAN;
import static org.openhall.participation.domain.ParticipationFixtures.ZJJ;
import static org.openhall.participation.domain.ParticipationFixtures.commentOn;
import static org.openhall.participation.domain.ParticipationFixtures.draftPublishedOn;
import static org.openhall.participation.domain.ParticipationFixtures.on;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.participation.domain.event.AdoptionReportPublished;
import org.openhall.participation.domain.event.DecisionPublished;
import org.openhall.participation.domain.event.DraftPublishedForComment;
import org.openhall.participation.domain.problem.AdoptionReportMissing;
import org.openhall.participation.domain.problem.CommentPeriodNotEnded;
import org.openhall.participation.domain.problem.CommentPeriodTooShort;
import org.openhall.participation.domain.problem.CommentsUnanswered;
import org.openhall.participation.domain.problem.DraftNotInExpectedState;
import org.openhall.participation.domain.problem.OutsideCommentPeriod;
import org.openhall.shared.domain.InvalidValue;

class DraftDecisionTest {

    private static DraftDecision publish(String today, String opensOn, int days, String reason) {
        return DraftDecision.publishForComment(DraftDecisionId.random(), ZJJ, PARKING_RULES,
                opensOn == null ? null : LocalDate.parse(opensOn), days, reason, DRAFTER, CALENDAR, on(today));
    }

    @Test
    void aThirtyDayPeriodOpenedOn20260920TakesItsLastCommentsOn20261020HolidaysIncluded() {
        // Day 0 is Sun 2026-09-20 (a make-up working day); 中秋 09-25..27 and 国庆 10-01..07 count
        // like any other day: "日" are calendar days. Day 30 is Tue 2026-10-20.
        DraftDecision draft = draftPublishedOn("2026-09-20", 30);

        assertThat(draft.period().opensOn()).isEqualTo(LocalDate.parse("2026-09-20"));
        assertThat(draft.period().closesOn()).isEqualTo(LocalDate.parse("2026-10-20"));
        assertThat(draft.period().isShortened()).isFalse();
        assertThat(draft.acceptsCommentsOn(LocalDate.parse("2026-09-20"))).as("the day of publication").isTrue();
        assertThat(draft.acceptsCommentsOn(LocalDate.parse("2026-10-03"))).as("a National Day holiday").isTrue();
        assertThat(draft.acceptsCommentsOn(LocalDate.parse("2026-10-20"))).as("the last day").isTrue();
        assertThat(draft.acceptsCommentsOn(LocalDate.parse("2026-10-21"))).as("the day after").isFalse();
    }

    @Test
    void aPeriodAcrossTheSpringFestivalCountsEveryDayAndEndsOn20260312() {
        // Day 0 is Tue 2026-02-10; the make-up working day 02-14, 春节 02-15..23 and the make-up
        // working day 02-28 are all plain days here. Day 30 is Thu 2026-03-12.
        DraftDecision draft = draftPublishedOn("2026-02-10", 30);

        assertThat(draft.period().closesOn()).isEqualTo(LocalDate.parse("2026-03-12"));
        assertThat(draft.acceptsCommentsOn(LocalDate.parse("2026-02-17"))).as("the first day of the new year").isTrue();
        assertThat(commentOn(draft, ZHANG_SAN, "2026-03-12").status()).isEqualTo(CommentStatus.PENDING);
        assertThatThrownBy(() -> commentOn(draft, ZHANG_SAN, "2026-03-13")).isInstanceOf(OutsideCommentPeriod.class);
    }

    @Test
    void publicationRecordsTheEventWithThePeriod() {
        DraftDecision draft = draftPublishedOn("2026-09-20", 30);

        assertThat(draft.pullEvents()).singleElement().isInstanceOfSatisfying(DraftPublishedForComment.class, e -> {
            assertThat(e.department()).isEqualTo("ZJJ");
            assertThat(e.closesOn()).isEqualTo(LocalDate.parse("2026-10-20"));
            assertThat(e.shortenedPeriod()).isFalse();
        });
        assertThat(draft.status()).isEqualTo(DraftStatus.OPEN_FOR_COMMENT);
        assertThat(draft.snapshot().publishedBy()).isEqualTo("approver.zjj");
    }

    @Test
    void aPeriodShorterThanThirtyDaysWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> publish("2026-09-20", null, 29, null))
                .isInstanceOfSatisfying(CommentPeriodTooShort.class, p -> {
                    assertThat(p.code()).isEqualTo("participation.comment-period-too-short");
                    assertThat(p.details()).containsEntry("days", 29).containsEntry("minimumDays", 30);
                });
        assertThatThrownBy(() -> publish("2026-09-20", null, 15, "   ")).isInstanceOf(CommentPeriodTooShort.class);
    }

    @Test
    void aShorterPeriodWithItsReasonIsTakenAndKeepsTheReasonForThePublic() {
        DraftDecision draft = publish("2026-09-20", null, 15, "汛期临近，需尽快出台应急停车措施");

        assertThat(draft.period().isShortened()).isTrue();
        assertThat(draft.period().shorterPeriodReason()).isEqualTo("汛期临近，需尽快出台应急停车措施");
        assertThat(draft.period().closesOn()).isEqualTo(LocalDate.parse("2026-10-05"));
    }

    @Test
    void aReasonForAPeriodThatIsNotShorterIsRefusedRatherThanShownForNothing() {
        assertThatThrownBy(() -> publish("2026-09-20", null, 30, "无需说明"))
                .isInstanceOfSatisfying(InvalidValue.class,
                        p -> assertThat(p.field()).isEqualTo("shorterPeriodReason"));
    }

    @Test
    void thePeriodMayBeScheduledButNotBackdated() {
        DraftDecision scheduled = publish("2026-09-10", "2026-09-20", 30, null);
        assertThat(scheduled.isPublicOn(LocalDate.parse("2026-09-19"))).isFalse();
        assertThat(scheduled.isPublicOn(LocalDate.parse("2026-09-20"))).isTrue();
        assertThat(scheduled.period().closesOn()).isEqualTo(LocalDate.parse("2026-10-20"));

        assertThatThrownBy(() -> publish("2026-09-20", "2026-09-19", 30, null))
                .isInstanceOfSatisfying(InvalidValue.class, p -> assertThat(p.field()).isEqualTo("opensOn"));
    }

    @Test
    void aCommentOnTheLastDayIsTakenAndOneOnTheDayAfterIsRefused() {
        DraftDecision draft = draftPublishedOn("2026-09-20", 30);

        Comment lastDay = commentOn(draft, ZHANG_SAN, "2026-10-20");
        assertThat(lastDay.status()).isEqualTo(CommentStatus.PENDING);
        assertThatThrownBy(() -> commentOn(draft, ZHANG_SAN, "2026-10-21"))
                .isInstanceOfSatisfying(OutsideCommentPeriod.class, p -> {
                    assertThat(p.code()).isEqualTo("participation.outside-comment-period");
                    assertThat(p.details()).containsEntry("opensOn", LocalDate.parse("2026-09-20"))
                            .containsEntry("closesOn", LocalDate.parse("2026-10-20"));
                });
    }

    @Test
    void aCommentBeforeAScheduledPeriodOpensIsRefused() {
        DraftDecision scheduled = publish("2026-09-10", "2026-09-20", 30, null);

        assertThatThrownBy(() -> commentOn(scheduled, ZHANG_SAN, "2026-09-19")).isInstanceOf(OutsideCommentPeriod.class);
    }

    @Test
    void theAdoptionReportWaitsForTheEndOfThePeriod() {
        DraftDecision draft = draftPublishedOn("2026-09-20", 30);

        assertThatThrownBy(() -> draft.publishAdoptionReport(List.of(), DRAFTER, on("2026-10-20")))
                .isInstanceOfSatisfying(CommentPeriodNotEnded.class,
                        p -> assertThat(p.details()).containsEntry("closesOn", LocalDate.parse("2026-10-20")));
    }

    @Test
    void theAdoptionReportIsRefusedWhileACommentWaitsForModerationOrForItsAnswer() {
        DraftDecision draft = draftPublishedOn("2026-09-20", 30);
        Comment pending = commentOn(draft, ZHANG_SAN, "2026-10-01");
        Comment unanswered = commentOn(draft, OUYANG, "2026-10-02");
        unanswered.publish(draft, DRAFTER, on("2026-10-03"));

        assertThatThrownBy(() -> draft.publishAdoptionReport(List.of(pending, unanswered), DRAFTER, on("2026-10-21")))
                .isInstanceOfSatisfying(CommentsUnanswered.class, p -> {
                    assertThat(p.code()).isEqualTo("participation.comments-unanswered");
                    assertThat(p.details()).containsEntry("pending", 1).containsEntry("unanswered", 1);
                });
        assertThat(draft.status()).isEqualTo(DraftStatus.OPEN_FOR_COMMENT);
    }

    @Test
    void theAdoptionReportCountsEveryCommentAndRejectedOnesNeedNoAnswer() {
        DraftDecision draft = draftPublishedOn("2026-09-20", 30);
        draft.pullEvents();
        Comment adopted = commentOn(draft, ZHANG_SAN, "2026-09-21");
        Comment notAdopted = commentOn(draft, OUYANG, "2026-10-05");
        Comment abusive = commentOn(draft, ZHANG_SAN, "2026-10-06");
        adopted.publish(draft, DRAFTER, on("2026-09-22"));
        notAdopted.publish(draft, DRAFTER, on("2026-10-08"));
        abusive.reject(draft, "含有侮辱性言论", DRAFTER, on("2026-10-08"));
        adopted.answer(draft, Adoption.ADOPTED, "已将夜间免费时段延长至早上八点", DRAFTER, on("2026-10-21"));
        notAdopted.answer(draft, Adoption.NOT_ADOPTED, "与上位法规定不符", DRAFTER, on("2026-10-21"));

        AdoptionReport report = draft.publishAdoptionReport(List.of(adopted, notAdopted, abusive), DRAFTER,
                on("2026-10-22"));

        assertThat(report).isEqualTo(new AdoptionReport(LocalDate.parse("2026-10-22"), "approver.zjj", 3, 2, 1, 1, 0, 1));
        assertThat(draft.status()).isEqualTo(DraftStatus.REPORT_PUBLISHED);
        assertThat(draft.adoptionReport()).contains(report);
        assertThat(draft.pullEvents()).singleElement().isInstanceOf(AdoptionReportPublished.class);
    }

    @Test
    void aDraftWithoutCommentsStillPublishesItsReportBeforeTheDecision() {
        DraftDecision draft = draftPublishedOn("2026-09-20", 30);

        AdoptionReport report = draft.publishAdoptionReport(List.of(), DRAFTER, on("2026-10-21"));

        assertThat(report.received()).isZero();
        assertThat(draft.status()).isEqualTo(DraftStatus.REPORT_PUBLISHED);
    }

    @Test
    void theDecisionIsNotPublishedBeforeTheAdoptionReport() {
        DraftDecision draft = draftPublishedOn("2026-09-20", 30);

        assertThatThrownBy(() -> draft.publishDecision("合山市城区停车收费管理办法", DRAFTER, on("2026-10-25")))
                .isInstanceOfSatisfying(AdoptionReportMissing.class,
                        p -> assertThat(p.code()).isEqualTo("participation.adoption-report-missing"));
        assertThat(draft.decision()).isEmpty();
    }

    @Test
    void theDecisionIsPublishedOnceAfterTheReport() {
        DraftDecision draft = draftPublishedOn("2026-09-20", 30);
        draft.publishAdoptionReport(List.of(), DRAFTER, on("2026-10-21"));
        draft.pullEvents();

        draft.publishDecision("合山市城区停车收费管理办法（正式文本）", DRAFTER, on("2026-11-02"));

        assertThat(draft.status()).isEqualTo(DraftStatus.DECISION_PUBLISHED);
        assertThat(draft.decision()).get().satisfies(d -> {
            assertThat(d.publishedOn()).isEqualTo(LocalDate.parse("2026-11-02"));
            assertThat(d.publishedBy()).isEqualTo("approver.zjj");
        });
        assertThat(draft.pullEvents()).singleElement().isInstanceOf(DecisionPublished.class);
        assertThatThrownBy(() -> draft.publishDecision("再次公布", DRAFTER, on("2026-11-03")))
                .isInstanceOf(DraftNotInExpectedState.class);
    }

    @Test
    void afterTheReportNoCommentIsModeratedOrAnsweredAnyMore() {
        DraftDecision draft = draftPublishedOn("2026-09-20", 30);
        Comment comment = commentOn(draft, ZHANG_SAN, "2026-10-01");
        comment.reject(draft, "与本草案无关", DRAFTER, on("2026-10-02"));
        Comment late = Comment.restore(comment.snapshot());
        draft.publishAdoptionReport(List.of(comment), DRAFTER, on("2026-10-21"));

        assertThatThrownBy(() -> draft.publishAdoptionReport(List.of(comment), DRAFTER, on("2026-10-22")))
                .isInstanceOf(DraftNotInExpectedState.class);
        assertThatThrownBy(() -> late.answer(draft, Adoption.ADOPTED, "采纳", DRAFTER, on("2026-10-22")))
                .isInstanceOfSatisfying(DraftNotInExpectedState.class,
                        p -> assertThat(p.details()).containsEntry("draftAction", "ANSWER_COMMENT")
                                .containsEntry("draftStatus", "REPORT_PUBLISHED"));
    }

    @Test
    void aStoredDraftIsRebuiltAsItWasAndAnInconsistentOneIsRefused() {
        DraftDecision draft = draftPublishedOn("2026-09-20", 30);
        DraftDecisionSnapshot snapshot = draft.snapshot();

        assertThat(DraftDecision.restore(snapshot).snapshot()).isEqualTo(snapshot);
        assertThatThrownBy(() -> new DraftDecisionSnapshot(snapshot.id(), snapshot.department(), snapshot.content(),
                snapshot.period(), DraftStatus.DECISION_PUBLISHED, snapshot.publishedAt(), snapshot.publishedBy(), null,
                null, 1)).isInstanceOf(InvalidValue.class);
    }
}
