package org.openhall.complaint.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.complaint.domain.rating.problem.RectificationClosed;
import org.openhall.complaint.domain.rating.problem.RectificationNotReplied;
import org.openhall.complaint.domain.rating.problem.ReturnVisitRequired;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

class RectificationTest {

    private static final WorkingDayCalendar HESHAN = NationalCalendars.heshan2025to2026();
    private static final LocalDate RATED_ON = LocalDate.of(2026, 9, 30);
    private static final Instant REPLIED = Instant.parse("2026-10-09T03:00:00Z");

    private final RatedService service = RatingFixtures.endedCase();

    @Test
    void aBadRatingIsDueAfterFiveWorkingDaysAcrossTheNationalDayHoliday() {
        Rectification r = open(RatingFixtures.rating(service, 1));

        // Wed 09-30 is day 0; 10-01..07 are the holiday; Thu 10-08 is day 1, Fri 10-09 day 2, the make-up
        // Saturday 10-10 day 3, Mon 10-12 day 4, Tue 10-13 day 5. The return visit's 10 days end Tue 10-20.
        assertThat(r.dueOn()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(r.returnVisitDueOn()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(r.assignees()).containsExactly("clerk.scjg", "approver.scjg");
        assertThat(r.department()).isEqualTo("SCJG");
        assertThat(r.overdueOn(LocalDate.of(2026, 10, 13))).isFalse();
        assertThat(r.overdueOn(LocalDate.of(2026, 10, 14))).isTrue();
    }

    @Test
    void aGoodRatingOpensNoRectification() {
        assertThatThrownBy(() -> open(RatingFixtures.rating(service, 3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRealNameBadRatingIsNotClosedWithoutAReturnVisit() {
        Rectification r = open(RatingFixtures.rating(service, 2));
        assertThatThrownBy(() -> r.close("supervisor", REPLIED)).isInstanceOf(RectificationNotReplied.class);
        r.reply(new RectificationReply("已约谈窗口人员并优化流程", "approver.scjg", REPLIED));

        assertThatThrownBy(() -> r.close("supervisor", REPLIED)).isInstanceOf(ReturnVisitRequired.class);
        assertThat(r.closed()).isFalse();

        r.recordReturnVisit(new ReturnVisit("hotline.01", REPLIED.plusSeconds(60), "群众认可整改结果", "supervisor",
                REPLIED.plusSeconds(600)));
        r.close("supervisor", REPLIED.plusSeconds(900));

        assertThat(r.closed()).isTrue();
        assertThat(r.overdueOn(LocalDate.of(2026, 12, 1))).isFalse();
        assertThatThrownBy(() -> r.reply(new RectificationReply("改", "approver.scjg", REPLIED)))
                .isInstanceOf(RectificationClosed.class);
    }

    @Test
    void anAnonymousBadRatingClosesOnTheReplyAloneAndHasNoReturnVisitDeadline() {
        Rectification r = open(RatingFixtures.rating(RatingFixtures.anonymousTicket(), 1));
        assertThat(r.returnVisitDueOn()).isNull();
        r.reply(new RectificationReply("已核实并整改", "approver.scjg", REPLIED));

        r.close("supervisor", REPLIED);

        assertThat(r.closedBy()).isEqualTo("supervisor");
    }

    private Rectification open(Rating rating) {
        return Rectification.open(UUID.randomUUID(), rating, rating.realName() ? service
                : RatingFixtures.anonymousTicket(), RATED_ON, HESHAN, 5, 10);
    }
}
