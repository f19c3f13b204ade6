package org.openhall.servicecase.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.servicecase.application.port.in.AcknowledgeReferralCommand;
import org.openhall.servicecase.application.port.in.AcknowledgeReferralUseCase;
import org.openhall.servicecase.application.port.in.AnswerConsultationCommand;
import org.openhall.servicecase.application.port.in.AnswerConsultationUseCase;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.ConsultationListFilter;
import org.openhall.servicecase.application.port.in.ConsultationQuery;
import org.openhall.servicecase.application.port.in.ConsultationView;
import org.openhall.servicecase.application.port.in.ConvertConsultationToApplicationCommand;
import org.openhall.servicecase.application.port.in.ConvertConsultationToApplicationUseCase;
import org.openhall.servicecase.application.port.in.IntakeStepView;
import org.openhall.servicecase.application.port.in.RecordConsultationCommand;
import org.openhall.servicecase.application.port.in.RecordConsultationUseCase;
import org.openhall.servicecase.application.port.in.ReferConsultationCommand;
import org.openhall.servicecase.application.port.in.ReferConsultationUseCase;
import org.openhall.servicecase.application.port.in.SubmitApplicationCommand;
import org.openhall.servicecase.application.port.in.SubmitApplicationUseCase;
import org.openhall.servicecase.application.port.out.ConsultationRepository;
import org.openhall.servicecase.domain.consultation.Consultation;
import org.openhall.servicecase.domain.consultation.ConsultationId;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations under first-contact responsibility (首问负责): each step loads the consultation,
 * checks that the caller's department is the one responsible, lets the aggregate decide, and stores
 * it with its history and events in one transaction. Turning an enquiry into an application
 * creates the case through {@link SubmitApplicationUseCase} inside that same transaction.
 */
@Application
public class ConsultationService implements RecordConsultationUseCase, AnswerConsultationUseCase,
        ConvertConsultationToApplicationUseCase, ReferConsultationUseCase, AcknowledgeReferralUseCase,
        ConsultationQuery {

    private static final String RESOURCE = "consultation";

    private final ConsultationRepository consultations;
    private final SubmitApplicationUseCase applications;
    private final DomainEventPublisher events;
    private final CentreProfile centre;
    private final Clock clock;

    public ConsultationService(ConsultationRepository consultations, SubmitApplicationUseCase applications,
            DomainEventPublisher events, CentreProfile centre, Clock clock) {
        this.consultations = consultations;
        this.applications = applications;
        this.events = events;
        this.centre = centre;
        this.clock = clock.withZone(centre.zone());
    }

    @Override
    @Transactional
    public ConsultationView record(RecordConsultationCommand c) {
        return store(Consultation.record(new ConsultationId(UUID.randomUUID()), c.channel(), c.enquirer(),
                c.question(), c.itemCode(), c.actor(), clock));
    }

    @Override
    @Transactional
    public ConsultationView answer(AnswerConsultationCommand c) {
        Consultation consultation = loadForResponsibleDepartment(c.actor(), c.consultationId());
        consultation.answer(c.answer(), c.actor(), clock);
        return store(consultation);
    }

    @Override
    @Transactional
    public ConsultationView convert(ConvertConsultationToApplicationCommand c) {
        Consultation consultation = loadForResponsibleDepartment(c.actor(), c.consultationId());
        // Refuse before the case exists: a case nobody can trace back to its consultation is not wanted.
        consultation.requireOpenForApplication();
        CaseView received = applications.submit(new SubmitApplicationCommand(c.actor(), c.itemCode(), c.applicant(),
                c.materials(), c.window()));
        consultation.becameApplication(received.id(), received.number(), c.actor(), clock);
        return store(consultation);
    }

    @Override
    @Transactional
    public ConsultationView refer(ReferConsultationCommand c) {
        Consultation consultation = loadForResponsibleDepartment(c.actor(), c.consultationId());
        consultation.refer(c.department(), c.reason(), c.actor(), clock);
        return store(consultation);
    }

    @Override
    @Transactional
    public ConsultationView acknowledge(AcknowledgeReferralCommand c) {
        Consultation consultation = loadForResponsibleDepartment(c.actor(), c.consultationId());
        consultation.acknowledgeReferral(c.actor(), clock);
        return store(consultation);
    }

    @Override
    @Transactional(readOnly = true)
    public ConsultationView get(Actor actor, ConsultationId id) {
        return IntakeViews.of(loadVisible(actor, id));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ConsultationView> list(Actor actor, ConsultationListFilter filter, PageRequest page) {
        Optional<DepartmentCode> department = filter.department();
        if (!seesEveryDepartment(actor)) {
            if (department.isPresent() && !department.get().equals(actor.department())) {
                throw new OutsideDepartmentScope(actor, department.get());
            }
            department = Optional.of(actor.department());
        }
        Optional<String> responsible = filter.mine() ? Optional.of(actor.username()) : Optional.empty();
        return consultations.findAll(filter.state(), department, responsible, page).map(IntakeViews::of);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IntakeStepView> history(Actor actor, ConsultationId id) {
        loadVisible(actor, id);
        return consultations.history(id).stream().map(t -> IntakeViews.stepOf(t, centre.zone())).toList();
    }

    private Consultation load(ConsultationId id) {
        return consultations.findById(id).orElseThrow(() -> new ResourceNotFound(RESOURCE, id.toString()));
    }

    /** Acting on a consultation is for the department responsible now (after a referral: the one referred to). */
    private Consultation loadForResponsibleDepartment(Actor actor, ConsultationId id) {
        Consultation consultation = load(id);
        if (!actor.mayActFor(consultation.department())) {
            throw new OutsideDepartmentScope(actor, consultation.department());
        }
        return consultation;
    }

    private Consultation loadVisible(Actor actor, ConsultationId id) {
        Consultation consultation = load(id);
        if (!consultation.visibleTo(actor)) {
            throw new OutsideDepartmentScope(actor, consultation.department());
        }
        return consultation;
    }

    /** Supervisors and administrators oversee the whole centre; everyone else their department. */
    private static boolean seesEveryDepartment(Actor actor) {
        return actor.has(Role.SUPERVISOR) || actor.has(Role.ADMINISTRATOR);
    }

    private ConsultationView store(Consultation consultation) {
        var pending = consultation.pullEvents();
        Consultation stored = consultations.save(consultation);
        events.publish(pending);
        return IntakeViews.of(stored);
    }
}
