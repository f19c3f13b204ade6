package org.openhall.participation.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.participation.domain.ParticipationFixtures.CHINA;
import static org.openhall.participation.domain.ParticipationFixtures.DRAFTER;
import static org.openhall.participation.domain.ParticipationFixtures.LI_SI;
import static org.openhall.participation.domain.ParticipationFixtures.OTHER_APPROVER;
import static org.openhall.participation.domain.ParticipationFixtures.PARKING_RULES;
import static org.openhall.participation.domain.ParticipationFixtures.SUPERVISOR;
import static org.openhall.participation.domain.ParticipationFixtures.WANG_WU;
import static org.openhall.participation.domain.ParticipationFixtures.announcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.participation.application.port.in.AnnounceHearingCommand;
import org.openhall.participation.application.port.in.ContactView;
import org.openhall.participation.application.port.in.HearingView;
import org.openhall.participation.application.port.in.ProvideHearingMaterialsCommand;
import org.openhall.participation.application.port.in.PublishDraftForCommentCommand;
import org.openhall.participation.application.port.in.RecordHearingMinutesCommand;
import org.openhall.participation.application.port.in.RegisterForHearingCommand;
import org.openhall.participation.application.port.in.RegistrationReceipt;
import org.openhall.participation.application.port.in.SelectRepresentativesCommand;
import org.openhall.participation.application.port.in.StaffHearingView;
import org.openhall.participation.application.port.out.InMemoryCommentRepository;
import org.openhall.participation.application.port.out.InMemoryContactDisclosureLog;
import org.openhall.participation.application.port.out.InMemoryDraftDecisionRepository;
import org.openhall.participation.application.port.out.InMemoryHearingRegistrationRepository;
import org.openhall.participation.application.port.out.InMemoryHearingRepository;
import org.openhall.participation.domain.ContactHolder;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.HearingMaterial;
import org.openhall.participation.domain.HearingNoticePeriods;
import org.openhall.participation.domain.HearingStage;
import org.openhall.participation.domain.Registrant;
import org.openhall.participation.domain.RegistrationId;
import org.openhall.participation.domain.event.HearingAnnounced;
import org.openhall.participation.domain.problem.HearingNoticePeriodNotKept;
import org.openhall.participation.domain.problem.HearingRegistrationClosed;
import org.openhall.participation.domain.problem.UnknownRegistration;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.out.InMemoryCalendarYearRepository;
import org.openhall.shared.application.port.out.InMemoryCountyParameterRepository;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.application.service.CalendarService;
import org.openhall.shared.application.service.CountyParameterService;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.time.SettableClock;

/**
 * The hearing use cases against in-memory ports, under a county's periods of 15, 8 and 7 days: a
 * hearing on the parking rules announced on 2026-09-20 for Thu 2026-10-08, the first working day
 * after National Day.
 */
class HearingServiceTest {

    private final CountyParameterService countyParameters = new CountyParameterService(
            new InMemoryCountyParameterRepository());

    private final List<DomainEvent> published = new ArrayList<>();
    private final InMemoryDraftDecisionRepository drafts = new InMemoryDraftDecisionRepository();
    private final InMemoryHearingRepository hearings = new InMemoryHearingRepository();
    private final InMemoryHearingRegistrationRepository registrations = new InMemoryHearingRegistrationRepository();
    private final InMemoryContactDisclosureLog disclosures = new InMemoryContactDisclosureLog();
    private final SettableClock clock = new SettableClock(CHINA, LocalDate.parse("2026-09-20").atTime(9, 0));
    private HearingService service;
    private DraftDecisionId draft;

    @BeforeEach
    void wire() {
        // The county pack's periods: 15, 8 and 7 days (the defaults would be 20, 10 and 7).
        countyParameters.put(CountyHearingNoticePeriods.ANNOUNCEMENT_DAYS, "15");
        countyParameters.put(CountyHearingNoticePeriods.REGISTRATION_CLOSING_DAYS, "8");
        countyParameters.put(CountyHearingNoticePeriods.MATERIALS_DAYS, "7");
        CalendarService calendars = new CalendarService(new InMemoryCalendarYearRepository(),
                CalendarSettings.defaults());
        calendars.importYear(NationalCalendars.heshan2026());
        CentreProfile centre = new CentreProfile("合山市政务服务中心", NationalCalendars.HESHAN, "451381", CHINA);
        ConsultationService consultations = new ConsultationService(drafts, new InMemoryCommentRepository(),
                disclosures, calendars, published::addAll, centre, clock);
        service = new HearingService(hearings, registrations, drafts, disclosures, calendars, published::addAll, centre,
                new CountyHearingNoticePeriods(countyParameters, HearingNoticePeriods.defaults()), clock);
        draft = DraftDecisionId.of(consultations.publish(
                new PublishDraftForCommentCommand(DRAFTER, PARKING_RULES, null, 30, null)).id());
        published.clear();
    }

    private HearingView announce(String heldOn, String registrationClosesOn) {
        return service.announce(new AnnounceHearingCommand(DRAFTER, draft, announcement(heldOn, registrationClosesOn)));
    }

    private RegistrationReceipt register(HearingId hearing, Registrant registrant) {
        return service.register(new RegisterForHearingCommand(hearing, registrant, "附近居民"));
    }

    @Test
    void aHearingIsAnnouncedUnderTheCountysPeriodsWhichItShows() {
        HearingView hearing = announce("2026-10-08", "2026-09-30");

        assertThat(hearing.stage()).isEqualTo(HearingStage.ANNOUNCED);
        assertThat(hearing.department()).isEqualTo("ZJJ");
        assertThat(List.of(hearing.announcementDays(), hearing.registrationClosingDays(), hearing.materialsDays()))
                .containsExactly(15, 8, 7);
        assertThat(hearing.registrationOpen()).isTrue();
        assertThat(published).singleElement().isInstanceOf(HearingAnnounced.class);
        assertThat(service.hearingsOf(draft)).extracting(HearingView::id).containsExactly(hearing.id());
    }

    @Test
    void aNewPackRuleAppliesToTheNextHearingWhileAnAnnouncedOneKeepsItsPeriods() {
        HearingView before = announce("2026-10-08", "2026-09-30");

        countyParameters.put(CountyHearingNoticePeriods.ANNOUNCEMENT_DAYS, "25");
        countyParameters.put(CountyHearingNoticePeriods.REGISTRATION_CLOSING_DAYS, "12");

        // 25 days from 2026-09-20 is 2026-10-15: the day that was fine a moment ago is now too close.
        assertThatThrownBy(() -> announce("2026-10-08", "2026-09-26"))
                .isInstanceOfSatisfying(HearingNoticePeriodNotKept.class,
                        p -> assertThat(p.code()).isEqualTo("participation.hearing-announcement-too-late"));
        HearingView after = announce("2026-10-15", "2026-10-02");
        assertThat(List.of(after.announcementDays(), after.registrationClosingDays(), after.materialsDays()))
                .containsExactly(25, 12, 7);
        assertThat(service.hearingsOf(draft)).filteredOn(h -> h.id().equals(before.id()))
                .singleElement().extracting(HearingView::announcementDays).isEqualTo(15);
    }

    @Test
    void periodsThePackLeavesOutAreTheDefaults() {
        countyParameters.remove(CountyHearingNoticePeriods.ANNOUNCEMENT_DAYS);
        countyParameters.remove(CountyHearingNoticePeriods.REGISTRATION_CLOSING_DAYS);

        HearingView hearing = announce("2026-10-12", "2026-10-02");

        assertThat(List.of(hearing.announcementDays(), hearing.registrationClosingDays(), hearing.materialsDays()))
                .containsExactly(20, 10, 7);
    }

    @Test
    void theCountysPeriodsRefuseAHearingDayTooClose() {
        // 15 days from 2026-09-20 is 2026-10-05; registration closing 2026-09-30 + 8 days is 2026-10-08.
        assertThatThrownBy(() -> announce("2026-10-04", "2026-09-25"))
                .isInstanceOfSatisfying(HearingNoticePeriodNotKept.class,
                        p -> assertThat(p.code()).isEqualTo("participation.hearing-announcement-too-late"));
        assertThatThrownBy(() -> announce("2026-10-07", "2026-09-30"))
                .isInstanceOfSatisfying(HearingNoticePeriodNotKept.class,
                        p -> assertThat(p.code()).isEqualTo("participation.hearing-registration-closes-too-late"));
        assertThat(hearings.findByDraft(draft)).isEmpty();
    }

    @Test
    void onlyTheDraftingDepartmentAnnounces() {
        assertThatThrownBy(() -> service.announce(new AnnounceHearingCommand(OTHER_APPROVER, draft,
                announcement("2026-10-08", "2026-09-30")))).isInstanceOf(OutsideDepartmentScope.class);
    }

    @Test
    void theHearingGoesFromRegistrationToMinutesAndThePublicSeesTheRepresentativesMasked() {
        HearingId hearing = HearingId.of(announce("2026-10-08", "2026-09-30").id());
        RegistrationReceipt li = register(hearing, LI_SI);
        clock.set(LocalDate.parse("2026-09-20").atTime(9, 5));
        RegistrationReceipt wang = register(hearing, WANG_WU);
        clock.setDate("2026-09-30");
        RegistrationReceipt zhao = register(hearing, new Registrant(new PersonName("赵六"),
                new PhoneNumber("13700137000")));
        clock.setDate("2026-10-01");
        assertThatThrownBy(() -> register(hearing, LI_SI)).isInstanceOf(HearingRegistrationClosed.class);
        assertThat(li.registrantName()).isEqualTo("李*");

        HearingView selected = service.selectRepresentatives(new SelectRepresentativesCommand(DRAFTER, hearing,
                List.of(RegistrationId.of(zhao.registrationId()), RegistrationId.of(li.registrationId()))));
        assertThat(selected.representatives()).containsExactly("赵*", "李*");
        assertThat(service.hearing(hearing).representatives()).containsExactly("赵*", "李*");

        StaffHearingView staff = service.hearing(DRAFTER, hearing);
        assertThat(staff.registrations()).extracting(StaffHearingView.RegistrationView::name)
                .containsExactly("李*", "王*", "赵*");
        assertThat(staff.registrations()).extracting(StaffHearingView.RegistrationView::phone)
                .containsExactly("139****5678", "0772-***2345", "137****7000");
        assertThat(staff.registrations()).extracting(StaffHearingView.RegistrationView::selected)
                .containsExactly(true, false, true);

        HearingView provided = service.provideMaterials(new ProvideHearingMaterialsCommand(DRAFTER, hearing,
                List.of(new HearingMaterial("停车收费成本调查报告", "附件一……"))));
        assertThat(provided.materialsProvidedOn()).isEqualTo(LocalDate.parse("2026-10-01"));

        clock.setDate("2026-10-08");
        HearingView recorded = service.recordMinutes(new RecordHearingMinutesCommand(DRAFTER, hearing,
                "听证会于2026年10月8日举行……"));
        assertThat(recorded.stage()).isEqualTo(HearingStage.MINUTES_RECORDED);
        assertThat(service.hearing(hearing).minutes()).startsWith("听证会于2026年10月8日举行");
        assertThat(wang.registrantName()).isEqualTo("王*");
    }

    @Test
    void materialsSentFewerThanSevenDaysBeforeTheHearingAreRefused() {
        HearingId hearing = HearingId.of(announce("2026-10-08", "2026-09-30").id());
        RegistrationReceipt li = register(hearing, LI_SI);
        clock.setDate("2026-10-01");
        service.selectRepresentatives(new SelectRepresentativesCommand(DRAFTER, hearing,
                List.of(RegistrationId.of(li.registrationId()))));
        clock.setDate("2026-10-02");

        assertThatThrownBy(() -> service.provideMaterials(new ProvideHearingMaterialsCommand(DRAFTER, hearing,
                List.of(new HearingMaterial("草案", "全文")))))
                .isInstanceOfSatisfying(HearingNoticePeriodNotKept.class, p -> {
                    assertThat(p.code()).isEqualTo("participation.hearing-materials-too-late");
                    assertThat(p.details()).containsEntry("earliestHearingDay", LocalDate.parse("2026-10-09"));
                });
        assertThat(service.hearing(hearing).stage()).isEqualTo(HearingStage.REPRESENTATIVES_SELECTED);
    }

    @Test
    void aRepresentativeMustBeSomeoneWhoRegistered() {
        HearingId hearing = HearingId.of(announce("2026-10-08", "2026-09-30").id());
        clock.setDate("2026-10-01");

        assertThatThrownBy(() -> service.selectRepresentatives(new SelectRepresentativesCommand(DRAFTER, hearing,
                List.of(RegistrationId.random())))).isInstanceOf(UnknownRegistration.class);
    }

    @Test
    void theRegistrantsContactIsRevealedToTheOrganiserAndTheRevealRecorded() {
        HearingId hearing = HearingId.of(announce("2026-10-08", "2026-09-30").id());
        RegistrationReceipt wang = register(hearing, WANG_WU);
        RegistrationId id = RegistrationId.of(wang.registrationId());

        assertThatThrownBy(() -> service.revealRegistrant(OTHER_APPROVER, hearing, id))
                .isInstanceOf(OutsideDepartmentScope.class);
        ContactView contact = service.revealRegistrant(DRAFTER, hearing, id);

        assertThat(contact).isEqualTo(new ContactView("王五", "0772-4212345"));
        assertThat(disclosures.of(ContactHolder.HEARING_REGISTRANT, id.toString())).singleElement()
                .satisfies(d -> assertThat(d.disclosedTo()).isEqualTo("approver.zjj"));
        assertThat(service.hearing(SUPERVISOR, hearing).registrations()).hasSize(1);
        assertThatThrownBy(() -> service.hearing(OTHER_APPROVER, hearing)).isInstanceOf(OutsideDepartmentScope.class);
        assertThatThrownBy(() -> service.hearing(HearingId.random())).isInstanceOf(ResourceNotFound.class);
    }
}
