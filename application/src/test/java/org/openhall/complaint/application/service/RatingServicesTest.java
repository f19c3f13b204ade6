package org.openhall.complaint.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.complaint.application.port.in.RateWithCodeCommand;
import org.openhall.complaint.application.port.in.RatingFigures;
import org.openhall.complaint.application.port.in.RatingFigures.Dimension;
import org.openhall.complaint.application.port.in.RatingRoleRequired;
import org.openhall.complaint.application.port.in.RatingView;
import org.openhall.complaint.application.port.in.RecordRatingCommand;
import org.openhall.complaint.application.port.in.RectificationView;
import org.openhall.complaint.application.port.out.RatingInvitationDelivery;
import org.openhall.complaint.domain.TicketChannel;
import org.openhall.complaint.domain.event.TicketFollowedUp;
import org.openhall.complaint.domain.rating.AppealDecision;
import org.openhall.complaint.domain.rating.ExclusionGround;
import org.openhall.complaint.domain.rating.RatedServiceKind;
import org.openhall.complaint.domain.rating.RatingChannel;
import org.openhall.complaint.domain.rating.problem.RatingAlreadyGiven;
import org.openhall.complaint.domain.rating.problem.RatingCodeExpired;
import org.openhall.complaint.domain.rating.problem.RatingCodeUnknown;
import org.openhall.complaint.domain.rating.problem.RatingPhoneMismatch;
import org.openhall.complaint.domain.rating.problem.RectificationNotReplied;
import org.openhall.complaint.domain.rating.problem.ReturnVisitRequired;
import org.openhall.complaint.domain.rating.problem.ServiceNotRatable;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.out.InMemoryCalendarYearRepository;
import org.openhall.shared.application.port.out.InMemoryCountyParameterRepository;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.service.CalendarService;
import org.openhall.shared.application.service.CountyParameterService;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.time.SettableClock;

/**
 * The rating use cases against in-memory ports under the Heshan calendar and rating rules (7 days to rate,
 * 5 working days to rectify, 10 to call back): tickets followed up on Wed 2026-09-30, the day before the
 * National Day holiday.
 */
class RatingServicesTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DepartmentCode SCJG = new DepartmentCode("SCJG");
    private static final Actor CLERK = new Actor("clerk.scjg", Set.of(Role.CLERK), SCJG, "李明");
    private static final Actor APPROVER = new Actor("approver.scjg", Set.of(Role.DEPARTMENT_APPROVER), SCJG, "王审");
    private static final Actor OTHER_APPROVER = new Actor("approver.wsjk", Set.of(Role.DEPARTMENT_APPROVER),
            new DepartmentCode("WSJK"), "赵审");
    private static final Actor SUPERVISOR = new Actor("supervisor", Set.of(Role.SUPERVISOR), null, "督查");

    private final SettableClock clock = new SettableClock(CHINA, LocalDateTime.parse("2026-09-30T10:00:00"));
    private final InMemoryRatingStore store = new InMemoryRatingStore();
    private final List<String> textedCodes = new ArrayList<>();
    /** The callers' phones as the ticket side keeps them, by ticket id: the event carries none. */
    private final Map<String, String> callerPhones = new HashMap<>();
    private RatableServiceRegistrar registrar;
    private RatingService ratings;
    private RectificationService rectifications;
    private RatingAppealService appeals;
    private RatingFiguresService figures;

    @BeforeEach
    void wire() {
        CountyParameterService parameters = new CountyParameterService(new InMemoryCountyParameterRepository());
        parameters.put("rating.window.days", "7");
        parameters.put("rating.rectification.working-days", "5");
        parameters.put("rating.return-visit.working-days", "10");
        CalendarService calendars = new CalendarService(new InMemoryCalendarYearRepository(),
                CalendarSettings.defaults());
        calendars.importYear(NationalCalendars.heshan2026());
        RatingSettings settings = new RatingSettings(parameters, calendars,
                new CentreProfile("合山市政务服务中心", NationalCalendars.HESHAN, "451381", CHINA), clock);
        RatingInvitationDelivery delivery = (service, sequence, code, expiresAt) -> textedCodes.add(code);
        registrar = new RatableServiceRegistrar(store, store, delivery, null, caseId -> Optional.empty(),
                ticketId -> Optional.ofNullable(callerPhones.get(ticketId)), settings);
        ratings = new RatingService(store, store, store.ratingRepository, store.rectificationRepository, settings);
        rectifications = new RectificationService(store.rectificationRepository, settings);
        appeals = new RatingAppealService(store.ratingRepository, store, store.appealRepository, settings);
        figures = new RatingFiguresService(store, settings);
    }

    @Test
    void aTicketIsRatedByCodeOncePerChannelAfterItsFollowUp() {
        assertThatThrownBy(() -> ratings.record(hotline("T-1", 5))).isInstanceOf(ServiceNotRatable.class);

        registrar.on(followedUp("T-1", true, "13800138000"));
        registrar.on(followedUp("T-1", true, "13800138000"));

        assertThat(textedCodes).as("a redelivered follow-up invites once").hasSize(1);
        RatingView rated = ratings.rateWithCode(byCode(textedCodes.get(0), "8000", 4));
        assertThat(rated.kind()).isEqualTo(RatedServiceKind.TICKET);
        assertThat(rated.levelName()).isEqualTo("满意");
        assertThat(rated.rectificationId()).isNull();
        assertThatThrownBy(() -> ratings.rateWithCode(byCode(textedCodes.get(0), "13800138000", 1)))
                .isInstanceOf(RatingAlreadyGiven.class);
        assertThat(store.rectificationRepository.list(null, false)).as("the refused second rating wrote nothing")
                .isEmpty();
        assertThat(ratings.record(hotline("T-1", 5)).channel()).isEqualTo(RatingChannel.HOTLINE);
    }

    @Test
    void aCodeRatesOnlyWithItsPhoneAndWithinTheWindow() {
        registrar.on(followedUp("T-2", true, "13800138000"));
        String code = textedCodes.get(0);

        assertThatThrownBy(() -> ratings.rateWithCode(byCode(code, "9999", 5))).isInstanceOf(RatingPhoneMismatch.class);
        assertThatThrownBy(() -> ratings.rateWithCode(byCode("ABCDE-FGHJK-LMNPQ-RSTUV-WXYZA", "8000", 5)))
                .isInstanceOf(RatingCodeUnknown.class);
        clock.set(LocalDateTime.parse("2026-10-07T10:00:00"));
        assertThatThrownBy(() -> ratings.rateWithCode(byCode(code, "8000", 5))).isInstanceOf(RatingCodeExpired.class);
        assertThat(store.ratings).as("no refused attempt left a rating").isEmpty();
    }

    @Test
    void aRealNameBadRatingOpensARectificationThatClosesOnlyAfterReplyAndReturnVisit() {
        registrar.on(followedUp("T-3", true, "13800138000"));
        RatingView bad = ratings.rateWithCode(byCode(textedCodes.get(0), "8000", 1));
        UUID id = bad.rectificationId();

        RectificationView opened = rectifications.get(APPROVER, id);
        assertThat(opened.dueOn()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(opened.returnVisitDueOn()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(opened.assignees()).containsExactly("handler.scjg");
        assertThatThrownBy(() -> rectifications.get(OTHER_APPROVER, id)).isInstanceOf(OutsideDepartmentScope.class);
        assertThatThrownBy(() -> rectifications.close(SUPERVISOR, id)).isInstanceOf(RectificationNotReplied.class);

        rectifications.reply(APPROVER, id, "已约谈承办人，优化回复时限");
        assertThatThrownBy(() -> rectifications.close(SUPERVISOR, id)).isInstanceOf(ReturnVisitRequired.class);
        assertThatThrownBy(() -> rectifications.recordReturnVisit(APPROVER, id, "hotline.01", clock.instant(), "认可"))
                .isInstanceOf(RatingRoleRequired.class);
        rectifications.recordReturnVisit(SUPERVISOR, id, "hotline.01", clock.instant(), "群众认可整改结果");
        RectificationView closed = rectifications.close(SUPERVISOR, id);

        assertThat(closed.closedBy()).isEqualTo("supervisor");
        assertThat(closed.visitOutcome()).isEqualTo("群众认可整改结果");
        assertThat(rectifications.list(APPROVER, true)).isEmpty();
        clock.set(LocalDateTime.parse("2026-10-14T09:00:00"));
        assertThat(rectifications.get(SUPERVISOR, id).overdue()).as("a closed order is never overdue").isFalse();
    }

    @Test
    void anOpenRectificationIsOverdueAfterItsDueDay() {
        registrar.on(followedUp("T-4", false, "13800138000"));
        UUID id = ratings.rateWithCode(byCode(textedCodes.get(0), "8000", 2)).rectificationId();
        assertThat(rectifications.get(APPROVER, id).returnVisitDueOn()).as("anonymous: no call back").isNull();

        clock.set(LocalDateTime.parse("2026-10-13T17:00:00"));
        assertThat(rectifications.list(SUPERVISOR, true)).extracting(RectificationView::overdue).containsExactly(false);
        clock.set(LocalDateTime.parse("2026-10-14T09:00:00"));
        assertThat(rectifications.list(SUPERVISOR, true)).extracting(RectificationView::overdue).containsExactly(true);
    }

    @Test
    void onlyAClerkOfTheDepartmentRecordsTheWindowEvaluatorsRating() {
        registrar.on(followedUp("T-5", true, null));
        assertThat(textedCodes).as("no phone, no code").isEmpty();
        Actor otherClerk = new Actor("clerk.wsjk", Set.of(Role.CLERK), new DepartmentCode("WSJK"), "周");

        assertThatThrownBy(() -> ratings.record(window(otherClerk, "T-5"))).isInstanceOf(OutsideDepartmentScope.class);
        assertThatThrownBy(() -> ratings.record(window(APPROVER, "T-5"))).isInstanceOf(RatingRoleRequired.class);
        assertThatThrownBy(() -> ratings.record(new RecordRatingCommand(CLERK, RatedServiceKind.TICKET, "T-5",
                RatingChannel.PORTAL, 5, null))).hasMessageContaining("WINDOW or HOTLINE");

        RatingView rated = ratings.record(window(CLERK, "T-5"));
        assertThat(rated.channel()).isEqualTo(RatingChannel.WINDOW);
    }

    @Test
    void anUpheldAppealExcludesTheRatingFromTheFiguresButKeepsIt() {
        registrar.on(followedUp("T-6", true, "13800138000"));
        RatingView bad = ratings.rateWithCode(byCode(textedCodes.get(0), "8000", 1));
        ratings.record(window(CLERK, "T-6"));

        assertThatThrownBy(() -> appeals.appeal(OTHER_APPROVER, bad.id(), ExclusionGround.MALICIOUS, "恶意"))
                .isInstanceOf(OutsideDepartmentScope.class);
        UUID appeal = appeals.appeal(APPROVER, bad.id(), ExclusionGround.MALICIOUS, "评价内容为辱骂，与办理无关").id();
        assertThatThrownBy(() -> appeals.review(APPROVER, appeal, AppealDecision.UPHELD, "自己复核"))
                .isInstanceOf(RatingRoleRequired.class);
        appeals.review(SUPERVISOR, appeal, AppealDecision.UPHELD, "经核实属恶意评价");

        RatingFigures f = figures.figures(SUPERVISOR, Dimension.DEPARTMENT, LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 9, 30), Optional.empty());
        assertThat(f.rows()).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo("SCJG");
            assertThat(row.total()).isEqualTo(1);
            assertThat(row.bad()).isZero();
            assertThat(row.excluded()).isEqualTo(1);
        });
        assertThat(store.ratingRepository.findById(bad.id())).get()
                .satisfies(r -> assertThat(r.excludedAs()).isEqualTo(ExclusionGround.MALICIOUS));
        assertThat(appeals.appealsOf(APPROVER, bad.id())).singleElement()
                .satisfies(a -> assertThat(a.reviewNote()).isEqualTo("经核实属恶意评价"));
    }

    @Test
    void departmentStaffReadTheirOwnFiguresOnly() {
        LocalDate day = LocalDate.of(2026, 9, 30);

        assertThat(figures.figures(APPROVER, Dimension.CHANNEL, day, day, Optional.empty()).department())
                .isEqualTo("SCJG");
        assertThatThrownBy(() -> figures.figures(APPROVER, Dimension.CHANNEL, day, day, Optional.of("WSJK")))
                .isInstanceOf(OutsideDepartmentScope.class);
        assertThatThrownBy(() -> figures.figures(SUPERVISOR, Dimension.CHANNEL, day, day.minusDays(1),
                Optional.empty())).hasMessageContaining("on or after");
    }

    private TicketFollowedUp followedUp(String number, boolean realName, String phone) {
        if (phone != null) {
            callerPhones.put("id-" + number, phone);
        }
        return new TicketFollowedUp("id-" + number, number, "complaint", "SCJG", List.of("handler.scjg"),
                TicketChannel.HOTLINE, realName, null, "operator", clock.instant());
    }

    private static RateWithCodeCommand byCode(String code, String phone, int level) {
        return new RateWithCodeCommand(code, phone, RatingChannel.PORTAL, level, "办理情况");
    }

    private static RecordRatingCommand hotline(String number, int level) {
        return new RecordRatingCommand(SUPERVISOR, RatedServiceKind.TICKET, number, RatingChannel.HOTLINE, level, null);
    }

    private static RecordRatingCommand window(Actor actor, String number) {
        return new RecordRatingCommand(actor, RatedServiceKind.TICKET, number, RatingChannel.WINDOW, 5, null);
    }
}
