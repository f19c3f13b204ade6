package org.openhall.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.participation.domain.ParticipationFixtures.CALENDAR;
import static org.openhall.participation.domain.ParticipationFixtures.DRAFTER;
import static org.openhall.participation.domain.ParticipationFixtures.LI_SI;
import static org.openhall.participation.domain.ParticipationFixtures.WANG_WU;
import static org.openhall.participation.domain.ParticipationFixtures.ZHANG_SAN;
import static org.openhall.participation.domain.ParticipationFixtures.announcement;
import static org.openhall.participation.domain.ParticipationFixtures.draftPublishedOn;
import static org.openhall.participation.domain.ParticipationFixtures.on;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.participation.domain.event.HearingAnnounced;
import org.openhall.participation.domain.problem.DraftNotInExpectedState;
import org.openhall.participation.domain.problem.HearingNotHeldYet;
import org.openhall.participation.domain.problem.HearingNotInExpectedState;
import org.openhall.participation.domain.problem.HearingNoticePeriodNotKept;
import org.openhall.participation.domain.problem.HearingRegistrationClosed;
import org.openhall.participation.domain.problem.HearingRegistrationStillOpen;
import org.openhall.participation.domain.problem.RepresentativesNotSelected;
import org.openhall.participation.domain.problem.TooManyRepresentatives;
import org.openhall.participation.domain.problem.UnknownRegistration;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;

/**
 * A hearing on the parking rules in autumn 2026 under the default periods (announcement 20,
 * registration closing 10, materials 7 calendar days before the hearing): announced on Sun
 * 2026-09-20, held on Sat 2026-10-10 — both make-up working days — with registration until
 * 2026-09-30, across 中秋 and 国庆, which count like any other day.
 */
class HearingTest {

    private static final HearingNoticePeriods DEFAULTS = HearingNoticePeriods.defaults();
    private static final Registrant ZHANG_SAN_REGISTRANT = new Registrant(ZHANG_SAN.name(),
            new PhoneNumber("13800138000"));

    private final DraftDecision draft = draftPublishedOn("2026-09-20", 30);

    private Hearing announced(String heldOn, String registrationClosesOn, HearingNoticePeriods periods) {
        return Hearing.announce(HearingId.random(), draft, announcement(heldOn, registrationClosesOn), periods, DRAFTER,
                CALENDAR, on("2026-09-20"));
    }

    private Hearing announced() {
        return announced("2026-10-10", "2026-09-30", DEFAULTS);
    }

    private static HearingRegistration register(Hearing hearing, Registrant registrant, String date) {
        return HearingRegistration.register(RegistrationId.random(), hearing, registrant, "停车场经营者", on(date));
    }

    @Test
    void theDefaultPeriodsAreTwentyTenAndTheNationalSevenDays() {
        assertThat(DEFAULTS).isEqualTo(new HearingNoticePeriods(20, 10, 7));
    }

    @Test
    void aHearingAnnouncedTwentyDaysAheadIsTakenAndOneADayCloserIsRefused() {
        Hearing hearing = announced();

        assertThat(hearing.stage()).isEqualTo(HearingStage.ANNOUNCED);
        assertThat(hearing.announcedOn()).isEqualTo(LocalDate.parse("2026-09-20"));
        assertThat(hearing.department()).isEqualTo(draft.department());
        assertThat(hearing.pullEvents()).singleElement().isInstanceOf(HearingAnnounced.class);
        assertThatThrownBy(() -> announced("2026-10-09", "2026-09-29", DEFAULTS))
                .isInstanceOfSatisfying(HearingNoticePeriodNotKept.class, p -> {
                    assertThat(p.code()).isEqualTo("participation.hearing-announcement-too-late");
                    assertThat(p.details()).containsEntry("days", 20)
                            .containsEntry("earliestHearingDay", LocalDate.parse("2026-10-10"));
                });
    }

    @Test
    void registrationClosingFewerThanTenDaysBeforeTheHearingIsRefused() {
        assertThatThrownBy(() -> announced("2026-10-10", "2026-10-01", DEFAULTS))
                .isInstanceOfSatisfying(HearingNoticePeriodNotKept.class, p -> {
                    assertThat(p.code()).isEqualTo("participation.hearing-registration-closes-too-late");
                    assertThat(p.details()).containsEntry("registrationClosesOn", LocalDate.parse("2026-10-01"))
                            .containsEntry("earliestHearingDay", LocalDate.parse("2026-10-11"));
                });
        assertThatThrownBy(() -> announced("2026-10-10", "2026-09-19", DEFAULTS))
                .as("registration cannot close before it opens").isInstanceOf(InvalidValue.class);
    }

    @Test
    void theCountysPeriodsDecideAndAreKeptWithTheHearing() {
        HearingNoticePeriods stricter = new HearingNoticePeriods(30, 15, 10);

        assertThatThrownBy(() -> announced("2026-10-10", "2026-09-25", stricter))
                .isInstanceOfSatisfying(HearingNoticePeriodNotKept.class,
                        p -> assertThat(p.details()).containsEntry("earliestHearingDay", LocalDate.parse("2026-10-20")));
        Hearing hearing = announced("2026-10-20", "2026-10-05", stricter);
        assertThat(hearing.periods()).isEqualTo(stricter);
    }

    @Test
    void registrationIsTakenUntilItsClosingDayAndRefusedTheDayAfter() {
        Hearing hearing = announced();

        HearingRegistration onTheLastDay = register(hearing, LI_SI, "2026-09-30");
        assertThat(onTheLastDay.hearingId()).isEqualTo(hearing.getId());
        assertThat(onTheLastDay.registeredOn()).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThatThrownBy(() -> register(hearing, WANG_WU, "2026-10-01"))
                .isInstanceOfSatisfying(HearingRegistrationClosed.class,
                        p -> assertThat(p.code()).isEqualTo("participation.hearing-registration-closed"));
    }

    @Test
    void representativesAreSelectedAfterRegistrationClosesWithinTheSeatsAndFromThisHearingOnly() {
        Hearing hearing = announced();
        HearingRegistration li = register(hearing, LI_SI, "2026-09-21");
        HearingRegistration wang = register(hearing, WANG_WU, "2026-09-22");
        HearingRegistration zhang = register(hearing, new Registrant(new PersonName("张三"),
                new PhoneNumber("13800138000")), "2026-09-23");
        HearingRegistration zhao = register(hearing, new Registrant(new PersonName("赵六"),
                new PhoneNumber("13700137000")), "2026-09-24");
        Hearing other = announced();
        HearingRegistration elsewhere = register(other, ZHANG_SAN_REGISTRANT, "2026-09-21");

        assertThatThrownBy(() -> hearing.selectRepresentatives(List.of(li), DRAFTER, on("2026-09-30")))
                .isInstanceOf(HearingRegistrationStillOpen.class);
        assertThatThrownBy(() -> hearing.selectRepresentatives(List.of(li, wang, zhang, zhao), DRAFTER,
                on("2026-10-01")))
                .isInstanceOfSatisfying(TooManyRepresentatives.class,
                        p -> assertThat(p.details()).containsEntry("seats", 3).containsEntry("selected", 4));
        assertThatThrownBy(() -> hearing.selectRepresentatives(List.of(li, elsewhere), DRAFTER, on("2026-10-01")))
                .isInstanceOf(UnknownRegistration.class);
        assertThatThrownBy(() -> hearing.selectRepresentatives(List.of(li, li), DRAFTER, on("2026-10-01")))
                .isInstanceOf(InvalidValue.class);

        hearing.selectRepresentatives(List.of(wang, li), DRAFTER, on("2026-10-01"));

        assertThat(hearing.stage()).isEqualTo(HearingStage.REPRESENTATIVES_SELECTED);
        assertThat(hearing.representatives()).containsExactly(wang.getId(), li.getId());
        assertThatThrownBy(() -> hearing.selectRepresentatives(List.of(zhang), DRAFTER, on("2026-10-02")))
                .isInstanceOf(HearingNotInExpectedState.class);
    }

    @Test
    void materialsGoOutAfterSelectionAndAtLeastSevenDaysBeforeTheHearing() {
        Hearing hearing = announced();
        HearingRegistration li = register(hearing, LI_SI, "2026-09-21");
        List<HearingMaterial> materials = List.of(new HearingMaterial("停车收费成本调查报告", "附件一：成本构成……"));

        assertThatThrownBy(() -> hearing.provideMaterials(materials, DRAFTER, CALENDAR, on("2026-09-28")))
                .isInstanceOf(RepresentativesNotSelected.class);
        hearing.selectRepresentatives(List.of(li), DRAFTER, on("2026-10-01"));

        assertThatThrownBy(() -> hearing.provideMaterials(materials, DRAFTER, CALENDAR, on("2026-10-04")))
                .isInstanceOfSatisfying(HearingNoticePeriodNotKept.class, p -> {
                    assertThat(p.code()).isEqualTo("participation.hearing-materials-too-late");
                    assertThat(p.details()).containsEntry("days", 7)
                            .containsEntry("earliestHearingDay", LocalDate.parse("2026-10-11"));
                });
        hearing.provideMaterials(materials, DRAFTER, CALENDAR, on("2026-10-03"));

        assertThat(hearing.stage()).isEqualTo(HearingStage.MATERIALS_PROVIDED);
        assertThat(hearing.materialsProvidedOn()).contains(LocalDate.parse("2026-10-03"));
        assertThat(hearing.materials()).isEqualTo(materials);
    }

    @Test
    void theMinutesAreRecordedOnTheHearingDayOrLaterAndOnlyAfterTheMaterials() {
        Hearing hearing = announced();
        HearingRegistration li = register(hearing, LI_SI, "2026-09-21");
        hearing.selectRepresentatives(List.of(li), DRAFTER, on("2026-10-01"));
        assertThatThrownBy(() -> hearing.recordMinutes("笔录", DRAFTER, on("2026-10-10")))
                .isInstanceOf(HearingNotInExpectedState.class);
        hearing.provideMaterials(List.of(new HearingMaterial("草案", "全文")), DRAFTER, CALENDAR, on("2026-10-02"));

        assertThatThrownBy(() -> hearing.recordMinutes("笔录", DRAFTER, on("2026-10-09")))
                .isInstanceOfSatisfying(HearingNotHeldYet.class,
                        p -> assertThat(p.details()).containsEntry("heldOn", LocalDate.parse("2026-10-10")));
        hearing.recordMinutes("听证会于2026年10月10日举行，代表李四发言……", DRAFTER, on("2026-10-10"));

        assertThat(hearing.stage()).isEqualTo(HearingStage.MINUTES_RECORDED);
        assertThat(hearing.minutes()).get().satisfies(m -> assertThat(m.recordedOn()).hasToString("2026-10-10"));
    }

    @Test
    void noHearingIsAnnouncedOnADraftWhoseDecisionIsPublished() {
        draft.publishAdoptionReport(List.of(), DRAFTER, on("2026-10-21"));
        draft.publishDecision("正式文本", DRAFTER, on("2026-10-22"));

        assertThatThrownBy(() -> Hearing.announce(HearingId.random(), draft, announcement("2026-11-30", "2026-11-10"),
                DEFAULTS, DRAFTER, CALENDAR, on("2026-10-23"))).isInstanceOf(DraftNotInExpectedState.class);
    }

    @Test
    void periodsThatCannotFollowEachOtherAreRefused() {
        assertThatThrownBy(() -> new HearingNoticePeriods(10, 15, 7)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new HearingNoticePeriods(20, 5, 7)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new HearingNoticePeriods(20, 10, -1)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void aStoredHearingIsRebuiltAsItWas() {
        Hearing hearing = announced();
        HearingRegistration li = register(hearing, LI_SI, "2026-09-21");
        hearing.selectRepresentatives(List.of(li), DRAFTER, on("2026-10-01"));
        HearingSnapshot s = hearing.snapshot();

        assertThat(Hearing.restore(s).snapshot()).isEqualTo(s);
        assertThat(HearingRegistration.restore(li.snapshot()).snapshot()).isEqualTo(li.snapshot());
        assertThatThrownBy(() -> new HearingSnapshot(s.id(), s.draftId(), s.department(), s.announcement(), s.periods(),
                s.announcedOn(), s.announcedAt(), s.announcedBy(), HearingStage.ANNOUNCED, s.representatives(),
                s.representativesSelectedOn(), s.materials(), null, null, 1)).isInstanceOf(InvalidValue.class);
    }
}
