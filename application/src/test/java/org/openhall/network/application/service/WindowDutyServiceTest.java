package org.openhall.network.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.network.application.service.Network.HASH;
import static org.openhall.network.application.service.Network.city;
import static org.openhall.network.application.service.Network.clerk;
import static org.openhall.network.application.service.Network.department;
import static org.openhall.network.application.service.Network.departmentWindow;
import static org.openhall.network.application.service.Network.generalWindow;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.AbsenceRecordingNotAllowed;
import org.openhall.network.application.port.in.AbsenceView;
import org.openhall.network.application.port.in.WindowDuty;
import org.openhall.network.application.port.out.NetworkChange;
import org.openhall.network.application.port.out.NetworkChange.Action;
import org.openhall.network.application.port.out.NetworkChange.Subject;
import org.openhall.network.domain.DutyStatus;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;

/** The A/B post system (AB岗工作制): absences of A hand the window to B; nobody there shows to the supervisor. */
class WindowDutyServiceTest {

    private static final Actor MARKET_APPROVER = new Actor("chen.approver", Set.of(Role.DEPARTMENT_APPROVER),
            new DepartmentCode("SCJG"), "陈静");
    private static final Actor HEALTH_APPROVER = new Actor("huang.approver", Set.of(Role.DEPARTMENT_APPROVER),
            new DepartmentCode("WSJK"), "黄伟");
    private static final Actor ADMIN = new Actor("qin.admin", Set.of(Role.ADMINISTRATOR), null, "覃丽");
    private static final Actor MARKET_CLERK = new Actor("li.a", Set.of(Role.CLERK), new DepartmentCode("SCJG"), "李");

    private static final WindowCode W01 = new WindowCode("W01");
    private static final WindowCode W02 = new WindowCode("W02");
    private static final StaffUsername A = new StaffUsername("li.a");
    private static final StaffUsername B = new StaffUsername("wang.b");
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    private static final LocalDate THURSDAY = MONDAY.plusDays(3);

    private final Network network = new Network();

    /** W01 (市场监管): A = li.a, B = wang.b. W02 (综合窗口): A = zhao.c, no B. */
    @BeforeEach
    void windows() {
        network.apply.applyHall(city());
        network.apply.applyDepartment(department("SCJG"));
        network.apply.applyStaff(clerk("li.a", "SCJG"), HASH);
        network.apply.applyStaff(clerk("wang.b", "SCJG"), HASH);
        network.apply.applyStaff(clerk("zhao.c", "SCJG"), HASH);
        network.apply.applyWindow(departmentWindow("W01", "HS-CITY", "SCJG", "li.a", "wang.b"));
        network.apply.applyWindow(generalWindow("W02", "HS-CITY", "zhao.c", null));
    }

    private void absent(StaffUsername who, LocalDate from, LocalDate to) {
        network.duty.recordAbsence(MARKET_APPROVER, who, from, to, "年休假");
    }

    @Test
    void withNobodyAbsentTheAPostServes() {
        assertThat(network.duty.dutyOf(W01, MONDAY)).isEqualTo(new WindowDuty(W01, "li.a", null, DutyStatus.A_PRESENT));
        assertThat(network.duty.unattendedWindows(MONDAY)).isEmpty();
    }

    @Test
    void whileAIsAbsentBServesActingForAAndAfterwardsAServesAgain() {
        absent(A, TUESDAY, WEDNESDAY);

        assertThat(network.duty.dutyOf(W01, MONDAY).status()).isEqualTo(DutyStatus.A_PRESENT);
        for (LocalDate day : new LocalDate[] { TUESDAY, WEDNESDAY }) {
            assertThat(network.duty.dutyOf(W01, day))
                    .isEqualTo(new WindowDuty(W01, "wang.b", "li.a", DutyStatus.B_ACTING_FOR_A));
        }
        assertThat(network.duty.dutyOf(W01, THURSDAY).status()).isEqualTo(DutyStatus.A_PRESENT);
    }

    @Test
    void aWindowIsNeverUnattendedWhileItsBPostIsPresent() {
        absent(A, MONDAY, THURSDAY);

        for (LocalDate day = MONDAY; !day.isAfter(THURSDAY); day = day.plusDays(1)) {
            assertThat(network.duty.dutyOf(W01, day).status()).isEqualTo(DutyStatus.B_ACTING_FOR_A);
            assertThat(network.duty.unattendedWindows(day)).extracting(WindowDuty::window).doesNotContain(W01);
        }
    }

    @Test
    void whenAAndBAreBothAbsentTheWindowIsUnattendedAndTheSupervisorSeesIt() {
        absent(A, MONDAY, WEDNESDAY);
        absent(B, WEDNESDAY, THURSDAY);

        assertThat(network.duty.dutyOf(W01, WEDNESDAY))
                .isEqualTo(new WindowDuty(W01, null, null, DutyStatus.UNATTENDED));
        assertThat(network.duty.unattendedWindows(WEDNESDAY)).containsExactly(
                new WindowDuty(W01, null, null, DutyStatus.UNATTENDED));
        assertThat(network.duty.unattendedWindows(TUESDAY)).isEmpty();
        assertThat(network.duty.dutyOf(W01, THURSDAY).status()).isEqualTo(DutyStatus.A_PRESENT);
    }

    @Test
    void aWindowWithoutBPostIsUnattendedWhileItsAPostIsAbsent() {
        absent(new StaffUsername("zhao.c"), MONDAY, MONDAY);

        assertThat(network.duty.unattendedWindows(MONDAY)).extracting(WindowDuty::window).containsExactly(W02);
    }

    @Test
    void aDisabledAccountDoesNotServeSoBActsForIt() {
        StaffAccount a = network.staff.findByUsername(A).orElseThrow();
        network.staff.save(StaffAccount.restore(a.username(), a.displayName(), a.passwordHash(), a.roles(),
                a.department(), false, a.hall()));

        assertThat(network.duty.dutyOf(W01, MONDAY).status()).isEqualTo(DutyStatus.B_ACTING_FOR_A);
    }

    @Test
    void theBPostSeesForWhichWindowsItActsOnADay() {
        absent(A, TUESDAY, TUESDAY);

        assertThat(network.duty.dutiesOf(B, MONDAY)).containsExactly(
                new WindowDuty(W01, "li.a", null, DutyStatus.A_PRESENT));
        assertThat(network.duty.dutiesOf(B, TUESDAY)).containsExactly(
                new WindowDuty(W01, "wang.b", "li.a", DutyStatus.B_ACTING_FOR_A));
        assertThat(network.duty.dutiesOf(new StaffUsername("nobody"), TUESDAY)).isEmpty();
    }

    @Test
    void anUnknownWindowIsNotFound() {
        assertThatThrownBy(() -> network.duty.dutyOf(new WindowCode("W99"), MONDAY))
                .isInstanceOf(ResourceNotFound.class);
    }

    @Test
    void recordingAnAbsenceIsLoggedWithWhoWhenAndThePeriod() {
        AbsenceView recorded = network.duty.recordAbsence(MARKET_APPROVER, A, TUESDAY, WEDNESDAY, "外出参加培训");

        assertThat(recorded.staff()).isEqualTo("li.a");
        assertThat(recorded.recordedBy()).isEqualTo("chen.approver");
        assertThat(recorded.recordedAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T09:30:00+08:00"));
        NetworkChange line = network.changes.all().getLast();
        assertThat(line.actor()).isEqualTo("chen.approver");
        assertThat(line.at()).isEqualTo(OffsetDateTime.parse("2026-03-02T09:30:00+08:00"));
        assertThat(line.action()).isEqualTo(Action.ABSENCE_RECORDED);
        assertThat(line.subject()).isEqualTo(Subject.STAFF);
        assertThat(line.key()).isEqualTo("li.a");
        assertThat(line.details()).contains(recorded.id(), "2026-03-03", "2026-03-04", "外出参加培训");
    }

    @Test
    void anAdministratorMayRecordAnybodysAbsence() {
        network.duty.recordAbsence(ADMIN, A, TUESDAY, TUESDAY, "病假");

        assertThat(network.duty.dutyOf(W01, TUESDAY).status()).isEqualTo(DutyStatus.B_ACTING_FOR_A);
    }

    @Test
    void anApproverOfAnotherDepartmentOrAClerkMayNotAndNothingIsWritten() {
        int before = network.changes.all().size();

        assertThatThrownBy(() -> network.duty.recordAbsence(HEALTH_APPROVER, A, TUESDAY, TUESDAY, "病假"))
                .isInstanceOf(OutsideDepartmentScope.class);
        assertThatThrownBy(() -> network.duty.recordAbsence(MARKET_CLERK, B, TUESDAY, TUESDAY, "病假"))
                .isInstanceOf(AbsenceRecordingNotAllowed.class);

        assertThat(network.absences.of(A)).isEmpty();
        assertThat(network.absences.of(B)).isEmpty();
        assertThat(network.changes.all()).hasSize(before);
    }

    @Test
    void anAbsenceOfAnUnknownPersonOrEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> network.duty.recordAbsence(ADMIN, new StaffUsername("nobody"), TUESDAY, TUESDAY,
                "病假")).isInstanceOf(ResourceNotFound.class);
        assertThatThrownBy(() -> network.duty.recordAbsence(ADMIN, A, WEDNESDAY, TUESDAY, "病假"))
                .isInstanceOf(InvalidValue.class);
        assertThat(network.absences.of(A)).isEmpty();
    }
}
