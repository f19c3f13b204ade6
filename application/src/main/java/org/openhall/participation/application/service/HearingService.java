package org.openhall.participation.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.Application;
import org.jmolecules.event.types.DomainEvent;
import org.openhall.participation.application.port.in.AnnounceHearingCommand;
import org.openhall.participation.application.port.in.AnnounceHearingUseCase;
import org.openhall.participation.application.port.in.ContactView;
import org.openhall.participation.application.port.in.HearingQuery;
import org.openhall.participation.application.port.in.HearingView;
import org.openhall.participation.application.port.in.ProvideHearingMaterialsCommand;
import org.openhall.participation.application.port.in.ProvideHearingMaterialsUseCase;
import org.openhall.participation.application.port.in.RecordHearingMinutesCommand;
import org.openhall.participation.application.port.in.RecordHearingMinutesUseCase;
import org.openhall.participation.application.port.in.RegisterForHearingCommand;
import org.openhall.participation.application.port.in.RegisterForHearingUseCase;
import org.openhall.participation.application.port.in.RegistrationReceipt;
import org.openhall.participation.application.port.in.RevealRegistrantContactUseCase;
import org.openhall.participation.application.port.in.SelectRepresentativesCommand;
import org.openhall.participation.application.port.in.SelectRepresentativesUseCase;
import org.openhall.participation.application.port.in.StaffHearingQuery;
import org.openhall.participation.application.port.in.StaffHearingView;
import org.openhall.participation.application.port.out.ContactDisclosureLog;
import org.openhall.participation.application.port.out.DraftDecisionRepository;
import org.openhall.participation.application.port.out.HearingRegistrationRepository;
import org.openhall.participation.application.port.out.HearingRepository;
import org.openhall.participation.domain.ContactDisclosure;
import org.openhall.participation.domain.ContactHolder;
import org.openhall.participation.domain.DraftDecision;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.participation.domain.Hearing;
import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.HearingRegistration;
import org.openhall.participation.domain.RegistrationId;
import org.openhall.participation.domain.problem.UnknownRegistration;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hearings on draft decisions: announcement under the county's notice periods, registration,
 * selection of representatives, materials, minutes, and what the public and staff read of them.
 *
 * <p>The notice periods are the county's rule parameters, read at each announcement; each hearing
 * keeps the periods it was announced under.
 */
@Application
public class HearingService implements AnnounceHearingUseCase, RegisterForHearingUseCase,
        SelectRepresentativesUseCase, ProvideHearingMaterialsUseCase, RecordHearingMinutesUseCase,
        RevealRegistrantContactUseCase, HearingQuery, StaffHearingQuery {

    private static final String HEARING = "hearing";

    private final HearingRepository hearings;
    private final HearingRegistrationRepository registrations;
    private final DraftDecisionRepository drafts;
    private final ContactDisclosureLog disclosures;
    private final WorkingDayCalendarQuery calendars;
    private final DomainEventPublisher events;
    private final CentreProfile centre;
    private final CountyHearingNoticePeriods periods;
    private final Clock clock;

    public HearingService(HearingRepository hearings, HearingRegistrationRepository registrations,
            DraftDecisionRepository drafts, ContactDisclosureLog disclosures, WorkingDayCalendarQuery calendars,
            DomainEventPublisher events, CentreProfile centre, CountyHearingNoticePeriods periods, Clock clock) {
        this.hearings = hearings;
        this.registrations = registrations;
        this.drafts = drafts;
        this.disclosures = disclosures;
        this.calendars = calendars;
        this.events = events;
        this.centre = centre;
        this.periods = periods;
        this.clock = clock.withZone(centre.zone());
    }

    @Override
    @Transactional
    public HearingView announce(AnnounceHearingCommand c) {
        DraftDecision draft = drafts.findById(c.draftId())
                .orElseThrow(() -> new ResourceNotFound("decision-draft", c.draftId().toString()));
        if (!c.actor().mayActFor(draft.department())) {
            throw new OutsideDepartmentScope(c.actor(), draft.department());
        }
        Hearing hearing = Hearing.announce(HearingId.random(), draft, c.announcement(), periods.current(), c.actor(), calendar(),
                clock);
        return view(store(hearing));
    }

    @Override
    @Transactional
    public RegistrationReceipt register(RegisterForHearingCommand c) {
        Hearing hearing = load(c.hearingId());
        HearingRegistration registration = HearingRegistration.register(RegistrationId.random(), hearing,
                c.registrant(), c.statement(), clock);
        HearingRegistration stored = registrations.save(registration);
        return new RegistrationReceipt(stored.getId().toString(), hearing.getId().toString(),
                stored.registrant().name().masked(), stored.registeredOn());
    }

    @Override
    @Transactional
    public HearingView selectRepresentatives(SelectRepresentativesCommand c) {
        Hearing hearing = loadForDepartment(c.actor(), c.hearingId());
        List<HearingRegistration> chosen = new ArrayList<>();
        for (RegistrationId id : c.registrations()) {
            // An id that is nobody's registration is refused like one of another hearing.
            chosen.add(registrations.findById(id).orElseThrow(() -> new UnknownRegistration(id.toString())));
        }
        hearing.selectRepresentatives(chosen, c.actor(), clock);
        return view(store(hearing));
    }

    @Override
    @Transactional
    public HearingView provideMaterials(ProvideHearingMaterialsCommand c) {
        Hearing hearing = loadForDepartment(c.actor(), c.hearingId());
        hearing.provideMaterials(c.materials(), c.actor(), calendar(), clock);
        return view(store(hearing));
    }

    @Override
    @Transactional
    public HearingView recordMinutes(RecordHearingMinutesCommand c) {
        Hearing hearing = loadForDepartment(c.actor(), c.hearingId());
        hearing.recordMinutes(c.text(), c.actor(), clock);
        return view(store(hearing));
    }

    @Override
    @Transactional
    public ContactView revealRegistrant(Actor actor, HearingId hearingId, RegistrationId registrationId) {
        Hearing hearing = loadForDepartment(actor, hearingId);
        HearingRegistration registration = registrations.findById(registrationId)
                .filter(r -> r.hearingId().equals(hearing.getId()))
                .orElseThrow(() -> new ResourceNotFound("registration", registrationId.toString()));
        disclosures.record(ContactDisclosure.of(ContactHolder.HEARING_REGISTRANT, registrationId.toString(), actor,
                clock.instant()));
        return new ContactView(registration.registrant().name().value(), registration.registrant().phone().value());
    }

    @Override
    @Transactional(readOnly = true)
    public List<HearingView> hearingsOf(DraftDecisionId draftId) {
        DraftDecision draft = drafts.findById(draftId)
                .filter(d -> d.isPublicOn(today()))
                .orElseThrow(() -> new ResourceNotFound("decision-draft", draftId.toString()));
        return hearings.findByDraft(draft.getId()).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public HearingView hearing(HearingId id) {
        return view(load(id));
    }

    @Override
    @Transactional(readOnly = true)
    public StaffHearingView hearing(Actor actor, HearingId id) {
        Hearing hearing = loadForDepartment(actor, id);
        List<HearingRegistration> all = registrations.findByHearing(id);
        Set<RegistrationId> selected = new HashSet<>(hearing.representatives());
        return new StaffHearingView(view(hearing, all),
                all.stream().map(r -> ParticipationViews.registration(r, selected.contains(r.getId()))).toList());
    }

    private Hearing load(HearingId id) {
        return hearings.findById(id).orElseThrow(() -> new ResourceNotFound(HEARING, id.toString()));
    }

    private Hearing loadForDepartment(Actor actor, HearingId id) {
        Hearing hearing = load(id);
        if (!actor.mayActFor(hearing.department())) {
            throw new OutsideDepartmentScope(actor, hearing.department());
        }
        return hearing;
    }

    private HearingView view(Hearing hearing) {
        List<HearingRegistration> named = hearing.representatives().isEmpty() ? List.of()
                : registrations.findByHearing(hearing.getId());
        return view(hearing, named);
    }

    private HearingView view(Hearing hearing, List<HearingRegistration> known) {
        Map<RegistrationId, HearingRegistration> byId = new LinkedHashMap<>();
        known.forEach(r -> byId.put(r.getId(), r));
        return ParticipationViews.hearing(hearing, byId, today());
    }

    private Hearing store(Hearing hearing) {
        List<DomainEvent> pending = hearing.pullEvents();
        Hearing stored = hearings.save(hearing);
        events.publish(pending);
        return stored;
    }

    private WorkingDayCalendar calendar() {
        return calendars.calendarOf(centre.jurisdiction());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
