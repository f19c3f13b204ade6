package org.openhall.participation.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.event.types.DomainEvent;
import org.openhall.participation.domain.event.HearingAnnounced;
import org.openhall.participation.domain.problem.HearingNotHeldYet;
import org.openhall.participation.domain.problem.HearingNotInExpectedState;
import org.openhall.participation.domain.problem.HearingNoticePeriodNotKept;
import org.openhall.participation.domain.problem.HearingRegistrationClosed;
import org.openhall.participation.domain.problem.HearingRegistrationStillOpen;
import org.openhall.participation.domain.problem.RepresentativesNotSelected;
import org.openhall.participation.domain.problem.TooManyRepresentatives;
import org.openhall.participation.domain.problem.UnknownRegistration;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * A hearing on a draft decision (决策听证会), 《重大行政决策程序暂行条例》 Art. 16–17: announced in
 * advance with the way representatives are selected; people register; representatives are selected
 * among them and the list is published; the materials reach them in time; the hearing is held and
 * its minutes recorded.
 *
 * <p>Each step keeps a notice period before the hearing day, in calendar days, from the
 * {@link HearingNoticePeriods} the hearing was announced under: a step that would not keep it is
 * refused with {@link HearingNoticePeriodNotKept}, and the organiser must choose a later day.
 *
 * <p>Registrations are aggregates of their own ({@link HearingRegistration}), so that many people
 * can register at once; the hearing decides whether registration is open and whom it selects.
 */
public final class Hearing implements AggregateRoot<Hearing, HearingId> {

    private final HearingId id;
    private final DraftDecisionId draftId;
    private final DepartmentCode department;
    private final HearingAnnouncement announcement;
    private final HearingNoticePeriods periods;
    private final LocalDate announcedOn;
    private final Instant announcedAt;
    private final String announcedBy;
    private final long version;

    private HearingStage stage;
    private List<RegistrationId> representatives;
    private LocalDate representativesSelectedOn;
    private List<HearingMaterial> materials;
    private LocalDate materialsProvidedOn;
    private HearingMinutes minutes;

    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Hearing(HearingSnapshot s) {
        this.id = s.id();
        this.draftId = s.draftId();
        this.department = s.department();
        this.announcement = s.announcement();
        this.periods = s.periods();
        this.announcedOn = s.announcedOn();
        this.announcedAt = s.announcedAt();
        this.announcedBy = s.announcedBy();
        this.stage = s.stage();
        this.representatives = s.representatives();
        this.representativesSelectedOn = s.representativesSelectedOn();
        this.materials = s.materials();
        this.materialsProvidedOn = s.materialsProvidedOn();
        this.minutes = s.minutes();
        this.version = s.version();
    }

    /** Rebuilds a stored hearing; records no event. */
    public static Hearing restore(HearingSnapshot snapshot) {
        return new Hearing(snapshot);
    }

    /**
     * 听证公告: announces a hearing on {@code draft} today, under the county's {@code periods}.
     *
     * @throws HearingNoticePeriodNotKept when the hearing day is too close for the announcement, or
     *         registration would close too close to it
     */
    public static Hearing announce(HearingId id, DraftDecision draft, HearingAnnouncement announcement,
            HearingNoticePeriods periods, Actor organiser, WorkingDayCalendar calendar, Clock clock) {
        draft.requireOpenForHearings();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LocalDate heldOn = announcement.heldOn();
        LocalDate earliest = earliestHearingDay(today, periods.announcementDays(), calendar);
        if (heldOn.isBefore(earliest)) {
            throw HearingNoticePeriodNotKept.announcement(heldOn, periods.announcementDays(), earliest);
        }
        LocalDate closes = announcement.registrationClosesOn();
        if (closes.isBefore(today)) {
            throw new InvalidValue("registrationClosesOn", "must not be before the day of the announcement");
        }
        LocalDate earliestAfterRegistration = earliestHearingDay(closes, periods.registrationClosingDays(), calendar);
        if (heldOn.isBefore(earliestAfterRegistration)) {
            throw HearingNoticePeriodNotKept.registration(heldOn, periods.registrationClosingDays(), closes,
                    earliestAfterRegistration);
        }
        Hearing hearing = new Hearing(new HearingSnapshot(id, draft.getId(), draft.department(), announcement, periods,
                today, now, organiser.username(), HearingStage.ANNOUNCED, List.of(), null, List.of(), null, null, 0));
        hearing.pendingEvents.add(new HearingAnnounced(id.toString(), draft.getId().toString(),
                draft.department().value(), heldOn, closes, now));
        return hearing;
    }

    /** Whether registrations are taken on {@code day}: from the announcement to the closing day, both included. */
    public boolean takesRegistrationsOn(LocalDate day) {
        return stage == HearingStage.ANNOUNCED && !day.isBefore(announcedOn)
                && !day.isAfter(announcement.registrationClosesOn());
    }

    /** @throws HearingRegistrationClosed unless registrations are taken on {@code day} */
    void requireRegistrationOpenOn(LocalDate day) {
        if (!takesRegistrationsOn(day)) {
            throw new HearingRegistrationClosed(announcedOn, announcement.registrationClosesOn());
        }
    }

    /**
     * 遴选听证代表: selects the representatives among the registrations; the list becomes public.
     *
     * @throws HearingRegistrationStillOpen while people may still register
     * @throws UnknownRegistration          for a registration of another hearing
     * @throws TooManyRepresentatives       for more than the announced seats
     */
    public void selectRepresentatives(List<HearingRegistration> chosen, Actor organiser, Clock clock) {
        requireStage(HearingAction.SELECT_REPRESENTATIVES, HearingStage.ANNOUNCED);
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        if (!today.isAfter(announcement.registrationClosesOn())) {
            throw new HearingRegistrationStillOpen(announcement.registrationClosesOn());
        }
        if (chosen == null || chosen.isEmpty()) {
            throw new InvalidValue("representatives", "at least one representative must be selected");
        }
        Set<RegistrationId> distinct = new HashSet<>();
        List<RegistrationId> ids = new ArrayList<>();
        for (HearingRegistration registration : chosen) {
            if (!registration.hearingId().equals(id)) {
                throw new UnknownRegistration(registration.getId().toString());
            }
            if (!distinct.add(registration.getId())) {
                throw new InvalidValue("representatives", "a registration is selected once");
            }
            ids.add(registration.getId());
        }
        if (ids.size() > announcement.seats()) {
            throw new TooManyRepresentatives(announcement.seats(), ids.size());
        }
        representatives = List.copyOf(ids);
        representativesSelectedOn = today;
        stage = HearingStage.REPRESENTATIVES_SELECTED;
    }

    /**
     * 送达听证材料: sends the materials to the selected participants today.
     *
     * @throws RepresentativesNotSelected  before the representatives are selected
     * @throws HearingNoticePeriodNotKept  when they would arrive fewer days before the hearing than the period asks
     */
    public void provideMaterials(List<HearingMaterial> documents, Actor organiser, WorkingDayCalendar calendar,
            Clock clock) {
        if (stage == HearingStage.ANNOUNCED) {
            throw new RepresentativesNotSelected(id.toString());
        }
        requireStage(HearingAction.PROVIDE_MATERIALS, HearingStage.REPRESENTATIVES_SELECTED);
        if (documents == null || documents.isEmpty()) {
            throw new InvalidValue("materials", "at least one material must be provided");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        LocalDate earliest = earliestHearingDay(today, periods.materialsDays(), calendar);
        if (announcement.heldOn().isBefore(earliest)) {
            throw HearingNoticePeriodNotKept.materials(announcement.heldOn(), periods.materialsDays(), earliest);
        }
        materials = List.copyOf(documents);
        materialsProvidedOn = today;
        stage = HearingStage.MATERIALS_PROVIDED;
    }

    /**
     * 听证笔录: records the minutes of the hearing, on its day or after.
     *
     * @throws HearingNotHeldYet before the hearing day
     */
    public void recordMinutes(String text, Actor organiser, Clock clock) {
        requireStage(HearingAction.RECORD_MINUTES, HearingStage.MATERIALS_PROVIDED);
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        if (today.isBefore(announcement.heldOn())) {
            throw new HearingNotHeldYet(announcement.heldOn());
        }
        minutes = new HearingMinutes(text, today, organiser.username());
        stage = HearingStage.MINUTES_RECORDED;
    }

    /** The first day a hearing may be held when a step with {@code days} of notice is taken on {@code day0}. */
    private static LocalDate earliestHearingDay(LocalDate day0, int days, WorkingDayCalendar calendar) {
        return CaseClock.start(day0, TimeLimit.calendarDays(days)).deadline(calendar).dueDate();
    }

    private void requireStage(HearingAction action, HearingStage expected) {
        if (stage != expected) {
            throw new HearingNotInExpectedState(action, stage);
        }
    }

    /** Hands out the events recorded since the hearing was loaded and forgets them. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    public HearingSnapshot snapshot() {
        return new HearingSnapshot(id, draftId, department, announcement, periods, announcedOn, announcedAt,
                announcedBy, stage, representatives, representativesSelectedOn, materials, materialsProvidedOn, minutes,
                version);
    }

    @Override
    public HearingId getId() {
        return id;
    }

    public DraftDecisionId draftId() {
        return draftId;
    }

    public DepartmentCode department() {
        return department;
    }

    public HearingAnnouncement announcement() {
        return announcement;
    }

    public HearingNoticePeriods periods() {
        return periods;
    }

    public LocalDate announcedOn() {
        return announcedOn;
    }

    public HearingStage stage() {
        return stage;
    }

    /** The selected representatives' registrations, in the order selected; empty before selection. */
    public List<RegistrationId> representatives() {
        return representatives;
    }

    public List<HearingMaterial> materials() {
        return materials;
    }

    public Optional<LocalDate> materialsProvidedOn() {
        return Optional.ofNullable(materialsProvidedOn);
    }

    public Optional<HearingMinutes> minutes() {
        return Optional.ofNullable(minutes);
    }

    public long version() {
        return version;
    }
}
