package org.openhall.servicecase.domain.preapplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItems;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.event.PreApplicationCorrectionsRequested;
import org.openhall.servicecase.domain.event.PreApplicationInvited;
import org.openhall.servicecase.domain.event.PreApplicationReceived;
import org.openhall.servicecase.domain.event.PreApplicationResubmitted;
import org.openhall.servicecase.domain.event.PreApplicationSubmitted;
import org.openhall.servicecase.domain.problem.AppointmentInThePast;
import org.openhall.servicecase.domain.problem.AppointmentNotOnWorkingDay;
import org.openhall.servicecase.domain.problem.AppointmentNotYetDue;
import org.openhall.servicecase.domain.problem.MaterialNotDeclared;
import org.openhall.servicecase.domain.problem.PreApplicationNotInExpectedState;
import org.openhall.servicecase.domain.problem.UnknownMaterial;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;

class PreApplicationTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar CALENDAR = NationalCalendars.china2025to2026();
    private static final Actor REVIEWER = new Actor("clerk.scjg", Set.of(Role.CLERK), new DepartmentCode("SCJG"), "李明");
    private static final Applicant APPLICANT = new Applicant(new PersonName("张三"),
            new ResidentIdNumber("11010519491231002X"), new PhoneNumber("13800138000"));
    private static final Appointment OCT_9 = new Appointment(LocalDate.parse("2026-10-09"), "09:00-10:00",
            new WindowCode("HS-CITY-W04"));

    private final ApprovalItem item = ApprovalItems.foodBusinessLicence();

    private static Clock on(String date) {
        return Clock.fixed(LocalDate.parse(date).atTime(10, 0).atZone(CHINA).toInstant(), CHINA);
    }

    private PreApplication submitted(String date) {
        return PreApplication.submit(new PreApplicationId(UUID.randomUUID()),
                new PreApplicationReference("YS20260929-7KQ4M2XP"), item, APPLICANT, Set.of("APP", "LAYOUT"), "首次申请", 2,
                CALENDAR, on(date));
    }

    @Test
    void preReviewIsDueTwoWorkingDaysAfterSubmissionSkippingNationalDay() {
        // Tue 2026-09-29 is day 0; Wed 09-30 is day 1; 10-01..07 are off; Thu 10-08 is day 2.
        PreApplication p = submitted("2026-09-29");

        assertThat(p.state()).isEqualTo(PreApplicationState.PENDING_REVIEW);
        assertThat(p.snapshot().reviewDue()).isEqualTo(LocalDate.parse("2026-10-08"));
        assertThat(p.reviewOverdueOn(LocalDate.parse("2026-10-08"))).isFalse();
        assertThat(p.reviewOverdueOn(LocalDate.parse("2026-10-09"))).isTrue();
        assertThat(p.pullEvents()).singleElement().isInstanceOfSatisfying(PreApplicationSubmitted.class,
                e -> assertThat(e.reviewDue()).isEqualTo(LocalDate.parse("2026-10-08")));
        assertThat(p.pullTransitions()).singleElement().satisfies(t -> {
            assertThat(t.actor()).isEqualTo(PreApplication.APPLICANT);
            assertThat(t.to()).isEqualTo(PreApplicationState.PENDING_REVIEW);
        });
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDay() {
        // Fri 10-09 is day 0, make-up Sat 10-10 is day 1, Mon 10-12 day 2.
        assertThat(submitted("2026-10-09").snapshot().reviewDue()).isEqualTo(LocalDate.parse("2026-10-12"));
    }

    @Test
    void unknownMaterialsAreRefused() {
        assertThatThrownBy(() -> PreApplication.submit(new PreApplicationId(UUID.randomUUID()),
                new PreApplicationReference("YS20260929-7KQ4M2XP"), item, APPLICANT, Set.of("APP", "NOPE"), null, 2,
                CALENDAR, on("2026-09-29")))
                .isInstanceOfSatisfying(UnknownMaterial.class,
                        e -> assertThat(e.details()).containsEntry("materials", List.of("NOPE")));
    }

    @Test
    void correctionsAreRequestedAllAtOnceAndResubmissionStartsANewReview() {
        PreApplication p = submitted("2026-09-29");

        p.requestCorrections(item, List.of(new Correction("APP", "缺少法定代表人签字"),
                new Correction("LAYOUT", "标注设备位置")), REVIEWER, on("2026-09-30"));
        assertThat(p.state()).isEqualTo(PreApplicationState.CORRECTIONS_REQUESTED);
        assertThat(p.snapshot().corrections()).hasSize(2);
        assertThat(p.pullEvents()).last().isInstanceOfSatisfying(PreApplicationCorrectionsRequested.class,
                e -> assertThat(e.materials()).containsExactly("APP", "LAYOUT"));

        assertThatThrownBy(() -> p.requestCorrections(item, List.of(new Correction("APP", "再改")), REVIEWER,
                on("2026-09-30"))).isInstanceOf(PreApplicationNotInExpectedState.class);
        assertThatThrownBy(() -> p.invite(OCT_9, REVIEWER, CALENDAR, on("2026-09-30")))
                .isInstanceOf(PreApplicationNotInExpectedState.class);

        p.resubmit(item, Set.of("APP", "LAYOUT", "PROXY"), "已补正", 2, CALENDAR, on("2026-10-08"));
        assertThat(p.state()).isEqualTo(PreApplicationState.PENDING_REVIEW);
        assertThat(p.snapshot().round()).isEqualTo(2);
        assertThat(p.snapshot().reviewDue()).isEqualTo(LocalDate.parse("2026-10-10"));
        assertThat(p.materials()).containsExactly("APP", "LAYOUT", "PROXY");
        assertThat(p.pullEvents()).last().isInstanceOf(PreApplicationResubmitted.class);
    }

    @Test
    void aRequestForCorrectionsNamesEachMaterialOnceAndOnlyTheItemsMaterials() {
        PreApplication p = submitted("2026-09-29");
        assertThatThrownBy(() -> p.requestCorrections(item, List.of(), REVIEWER, on("2026-09-30")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("corrections"));
        assertThatThrownBy(() -> p.requestCorrections(item,
                List.of(new Correction("APP", "a"), new Correction("APP", "b")), REVIEWER, on("2026-09-30")))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("corrections.materialCode"));
        assertThatThrownBy(() -> p.requestCorrections(item, List.of(new Correction("NOPE", "a")), REVIEWER,
                on("2026-09-30"))).isInstanceOf(UnknownMaterial.class);
        assertThat(p.state()).isEqualTo(PreApplicationState.PENDING_REVIEW);
    }

    @Test
    void resubmittingWithoutARequestForCorrectionsIsAConflict() {
        PreApplication p = submitted("2026-09-29");
        assertThatThrownBy(() -> p.resubmit(item, Set.of("APP"), null, 2, CALENDAR, on("2026-09-30")))
                .isInstanceOfSatisfying(PreApplicationNotInExpectedState.class,
                        e -> assertThat(e.code()).isEqualTo("pre-application.invalid-state"));
    }

    @Test
    void anInvitationIsForAWorkingDayNotInThePast() {
        PreApplication p = submitted("2026-09-29");
        Clock sep30 = on("2026-09-30");

        assertThatThrownBy(() -> p.invite(new Appointment(LocalDate.parse("2026-10-02"), "09:00-10:00",
                new WindowCode("HS-CITY-W04")), REVIEWER, CALENDAR, sep30))
                .isInstanceOf(AppointmentNotOnWorkingDay.class);
        assertThatThrownBy(() -> p.invite(new Appointment(LocalDate.parse("2026-09-29"), "09:00-10:00",
                new WindowCode("HS-CITY-W04")), REVIEWER, CALENDAR, sep30))
                .isInstanceOf(AppointmentInThePast.class);

        p.invite(new Appointment(LocalDate.parse("2026-10-10"), "09:00-10:00", new WindowCode("HS-CITY-W04")),
                REVIEWER, CALENDAR, sep30);
        assertThat(p.state()).isEqualTo(PreApplicationState.INVITED);
        assertThat(p.pullEvents()).last().isInstanceOfSatisfying(PreApplicationInvited.class,
                e -> assertThat(e.appointmentDate()).isEqualTo(LocalDate.parse("2026-10-10")));
    }

    @Test
    void aTimeSlotEndsAfterItStarts() {
        assertThatThrownBy(() -> new Appointment(LocalDate.parse("2026-10-09"), "10:00-09:00",
                new WindowCode("HS-CITY-W04")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("appointment.timeSlot"));
        assertThatThrownBy(() -> new Appointment(LocalDate.parse("2026-10-09"), "morning",
                new WindowCode("HS-CITY-W04")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("appointment.timeSlot"));
    }

    @Test
    void anInvitedPreApplicationIsReceivedFromItsAppointmentDayWithDeclaredMaterialsOnly() {
        PreApplication p = submitted("2026-09-29");
        p.invite(OCT_9, REVIEWER, CALENDAR, on("2026-09-30"));

        assertThatThrownBy(() -> p.requireReceivable(Set.of("APP"), on("2026-10-08")))
                .isInstanceOf(AppointmentNotYetDue.class);
        assertThatThrownBy(() -> p.requireReceivable(Set.of("APP", "PROXY"), on("2026-10-09")))
                .isInstanceOfSatisfying(MaterialNotDeclared.class,
                        e -> assertThat(e.details()).containsEntry("materials", List.of("PROXY")));
        p.requireReceivable(Set.of("APP"), on("2026-10-09"));

        p.received("9b0c6a5e-0000-4000-8000-000000000001", "451381-20261009-00001", REVIEWER, on("2026-10-09"));
        assertThat(p.state()).isEqualTo(PreApplicationState.RECEIVED);
        assertThat(p.pullEvents()).last().isInstanceOf(PreApplicationReceived.class);
        assertThat(p.pullTransitions()).extracting(PreApplicationTransition::action).containsExactly(
                PreApplicationAction.SUBMIT, PreApplicationAction.INVITE, PreApplicationAction.RECEIVE);
        assertThatThrownBy(() -> p.requireReceivable(Set.of("APP"), on("2026-10-09")))
                .isInstanceOf(PreApplicationNotInExpectedState.class);
    }

    @Test
    void onlyAnInvitedPreApplicationIsReceived() {
        PreApplication p = submitted("2026-09-29");
        assertThatThrownBy(() -> p.received("x", "y", REVIEWER, on("2026-09-30")))
                .isInstanceOf(PreApplicationNotInExpectedState.class);
    }

    @Test
    void theStatusCheckWantsTheLastFourDigitsOfThePhone() {
        PreApplication p = submitted("2026-09-29");
        assertThat(p.phoneEndsWith("8000")).isTrue();
        assertThat(p.phoneEndsWith("0000")).isFalse();
        assertThat(p.phoneEndsWith("800")).isFalse();
        assertThat(p.phoneEndsWith(null)).isFalse();
    }

    @Test
    void referencesHaveAFixedShape() {
        assertThat(new PreApplicationReference("ys20260929-7kq4m2xp").value()).isEqualTo("YS20260929-7KQ4M2XP");
        assertThatThrownBy(() -> new PreApplicationReference("YS2026-1"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("reference"));
    }
}
