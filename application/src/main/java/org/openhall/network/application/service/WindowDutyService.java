package org.openhall.network.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.network.application.port.in.AbsenceRecordingNotAllowed;
import org.openhall.network.application.port.in.AbsenceView;
import org.openhall.network.application.port.in.RecordAbsenceUseCase;
import org.openhall.network.application.port.in.WindowDuty;
import org.openhall.network.application.port.in.WindowDutyQuery;
import org.openhall.network.application.port.out.AbsenceRepository;
import org.openhall.network.application.port.out.NetworkChange;
import org.openhall.network.application.port.out.NetworkChangeLog;
import org.openhall.network.application.port.out.ServiceWindowRepository;
import org.openhall.network.application.port.out.StaffAccountRepository;
import org.openhall.network.domain.Absence;
import org.openhall.network.domain.AbsenceId;
import org.openhall.network.domain.Duty;
import org.openhall.network.domain.DutyStatus;
import org.openhall.network.domain.ServiceWindow;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.springframework.transaction.annotation.Transactional;

/** Absences of staff and, from them, who serves each window on a day (AB岗工作制). */
@Application
public class WindowDutyService implements WindowDutyQuery, RecordAbsenceUseCase {

    private final ServiceWindowRepository windows;
    private final AbsenceRepository absences;
    private final StaffAccountRepository staff;
    private final NetworkChangeLog changes;
    private final Clock clock;

    public WindowDutyService(ServiceWindowRepository windows, AbsenceRepository absences,
            StaffAccountRepository staff, NetworkChangeLog changes, Clock clock) {
        this.windows = windows;
        this.absences = absences;
        this.staff = staff;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public WindowDuty dutyOf(WindowCode code, LocalDate day) {
        ServiceWindow window = windows.findByCode(code)
                .orElseThrow(() -> new ResourceNotFound("window", code.value()));
        return dutiesOn(List.of(window), day).getFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<WindowDuty> unattendedWindows(LocalDate day) {
        return dutiesOn(windows.findAll(), day).stream().filter(d -> d.status() == DutyStatus.UNATTENDED).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<WindowDuty> dutiesOf(StaffUsername person, LocalDate day) {
        return dutiesOn(windows.findAll().stream().filter(w -> w.isStaffedBy(person)).toList(), day);
    }

    @Override
    @Transactional
    public AbsenceView recordAbsence(Actor actor, StaffUsername person, LocalDate from, LocalDate to, String reason) {
        StaffAccount account = staff.findByUsername(person)
                .orElseThrow(() -> new ResourceNotFound("staff", person.value()));
        requireMayRecordAbsenceOf(actor, account);
        Absence absence = Absence.of(new AbsenceId(UUID.randomUUID()), person, from, to, reason, actor.username(),
                // Stored with microseconds, as the database keeps them: what is answered is what is kept.
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        absences.save(absence);
        OffsetDateTime at = OffsetDateTime.ofInstant(absence.recordedAt(), clock.getZone());
        changes.append(new NetworkChange(actor.username(), at, NetworkChange.Action.ABSENCE_RECORDED,
                NetworkChange.Subject.STAFF, person.value(), "absence " + absence.id() + ": " + from + " … " + to
                        + ", " + absence.reason()));
        return new AbsenceView(absence.id().toString(), person.value(), absence.from(), absence.to(),
                absence.reason(), absence.recordedBy(), at);
    }

    /** Administrators for anybody; department approvers for their own department's staff; nobody else. */
    private static void requireMayRecordAbsenceOf(Actor actor, StaffAccount account) {
        if (actor.has(Role.ADMINISTRATOR)) {
            return;
        }
        if (!actor.has(Role.DEPARTMENT_APPROVER)) {
            throw new AbsenceRecordingNotAllowed(actor.username(), account.username().value());
        }
        if (account.department() == null) {
            throw new AbsenceRecordingNotAllowed(actor.username(), account.username().value());
        }
        if (!account.department().equals(actor.department())) {
            throw new OutsideDepartmentScope(actor, account.department());
        }
    }

    /**
     * The duties of {@code of} on {@code day}, with the absences and accounts of every post holder
     * read once: a post holder is present unless absent that day or their account is disabled or gone.
     */
    private List<WindowDuty> dutiesOn(Collection<ServiceWindow> of, LocalDate day) {
        Set<StaffUsername> holders = new LinkedHashSet<>();
        for (ServiceWindow w : of) {
            holders.add(w.postA());
            if (w.postB() != null) {
                holders.add(w.postB());
            }
        }
        Set<StaffUsername> away = new HashSet<>();
        if (!holders.isEmpty()) {
            absences.covering(holders, day).forEach(a -> away.add(a.staff()));
        }
        Set<StaffUsername> serving = new HashSet<>(enabledAmong(holders));
        serving.removeAll(away);
        Predicate<StaffUsername> present = serving::contains;
        return of.stream().map(w -> duty(w.code(), w.dutyWith(present))).toList();
    }

    /** Those of {@code holders} whose account exists and is enabled. */
    private Set<StaffUsername> enabledAmong(Set<StaffUsername> holders) {
        Set<StaffUsername> enabled = new HashSet<>();
        if (holders.size() <= 2) {
            // One window: two look-ups are cheaper than reading every account.
            holders.forEach(h -> staff.findByUsername(h).filter(StaffAccount::enabled).ifPresent(a -> enabled.add(h)));
        } else {
            staff.findAll().stream().filter(StaffAccount::enabled).map(StaffAccount::username)
                    .filter(holders::contains).forEach(enabled::add);
        }
        return enabled;
    }

    private static WindowDuty duty(WindowCode window, Duty duty) {
        return new WindowDuty(window, duty.servedBy() == null ? null : duty.servedBy().value(),
                duty.actingFor() == null ? null : duty.actingFor().value(), duty.status());
    }
}
