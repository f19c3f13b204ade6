package org.openhall.complaint.application.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.complaint.application.port.in.CallerPhoneQuery;
import org.openhall.complaint.application.port.out.RatedServiceRepository;
import org.openhall.complaint.application.port.out.RatingInvitationDelivery;
import org.openhall.complaint.application.port.out.RatingInvitationRepository;
import org.openhall.complaint.domain.event.TicketFollowedUp;
import org.openhall.complaint.domain.rating.RatedService;
import org.openhall.complaint.domain.rating.RatedServiceKind;
import org.openhall.complaint.domain.rating.RatingCode;
import org.openhall.complaint.domain.rating.RatingInvitation;
import org.openhall.servicecase.application.port.in.ApplicantContactQuery;
import org.openhall.servicecase.application.port.in.ApplicantContactView;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.servicecase.application.port.in.TransitionView;
import org.openhall.servicecase.domain.CaseAction;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.event.CaseCompleted;
import org.openhall.servicecase.domain.event.CaseEvent;
import org.openhall.servicecase.domain.event.CaseRefused;
import org.openhall.servicecase.domain.event.CaseWithdrawn;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.identity.TimeOrderedUuid;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Makes service events ratable and invites the applicant to rate them. A case becomes ratable when it ends:
 * 办结 (approved or denied), 不予受理 and 撤回 too — a refused or withdrawn applicant was served as well, and
 * a withdrawal talked into by staff is exactly what a rating should catch. A ticket becomes ratable on its
 * follow-up call (回访). Each gets a rating code bound to the applicant's phone, handed to the delivery; the
 * phone is asked of the case or the ticket, since events carry no personal data.
 * A redelivered event finds its service already registered and does nothing.
 */
@Application
public class RatableServiceRegistrar {

    /** Reads the ended case for the rating side (item, handlers, applicant's phone). */
    static final Actor READER = new Actor("rating", EnumSet.of(Role.SUPERVISOR), null, "好差评");

    /** The case's own actions whose actors count as having handled it. */
    private static final Set<CaseAction> HANDLING = EnumSet.of(CaseAction.ACCEPT, CaseAction.COMPLETE_STEP,
            CaseAction.COMPLETE, CaseAction.REFUSE, CaseAction.REQUEST_SUPPLEMENT, CaseAction.WITHDRAW);

    private static final String SYSTEM = "system";

    private final RatedServiceRepository services;
    private final RatingInvitationRepository invitations;
    private final RatingInvitationDelivery delivery;
    private final ServiceCaseQuery cases;
    private final ApplicantContactQuery contacts;
    private final CallerPhoneQuery callers;
    private final RatingSettings settings;

    public RatableServiceRegistrar(RatedServiceRepository services, RatingInvitationRepository invitations,
            RatingInvitationDelivery delivery, ServiceCaseQuery cases, ApplicantContactQuery contacts,
            CallerPhoneQuery callers, RatingSettings settings) {
        this.services = services;
        this.invitations = invitations;
        this.delivery = delivery;
        this.cases = cases;
        this.contacts = contacts;
        this.callers = callers;
        this.settings = settings;
    }

    @ApplicationModuleListener
    public void on(CaseCompleted event) {
        registerCase(event);
    }

    @ApplicationModuleListener
    public void on(CaseRefused event) {
        registerCase(event);
    }

    @ApplicationModuleListener
    public void on(CaseWithdrawn event) {
        registerCase(event);
    }

    @ApplicationModuleListener
    public void on(TicketFollowedUp event) {
        RatedService ticket = new RatedService(TimeOrderedUuid.next(settings.clock()), RatedServiceKind.TICKET, event.ticketId(),
                event.ticketNumber(), event.department(), event.ticketClass(), event.handlers(), event.realName(),
                event.occurredAt());
        if (services.addIfAbsent(ticket)) {
            callers.phoneOf(event.ticketId()).filter(phone -> !phone.isBlank())
                    .ifPresent(phone -> invite(ticket, phone, 0));
        }
    }

    /** Registers the ended case {@code event} is about; the first time, invites its applicant. */
    void registerCase(CaseEvent event) {
        if (services.find(RatedServiceKind.CASE, event.caseId()).isPresent()) {
            return;
        }
        ServiceCaseId id = ServiceCaseId.of(event.caseId());
        String item = cases.get(READER, id).itemCode();
        RatedService service = new RatedService(TimeOrderedUuid.next(settings.clock()), RatedServiceKind.CASE, event.caseId(),
                event.caseNumber(), event.department(), item, handlers(cases.history(READER, id)), true,
                event.occurredAt());
        if (services.addIfAbsent(service)) {
            contacts.contactOf(event.caseId()).map(ApplicantContactView::phone)
                    .ifPresent(phone -> invite(service, phone, event.sequence()));
        }
    }

    private void invite(RatedService service, String phone, int sequence) {
        RatingCode code = RatingCode.random();
        RatingInvitation invitation = RatingInvitation.issue(code, service, phone, settings.clock().instant(),
                settings.windowDays());
        invitations.add(invitation);
        delivery.deliver(service, sequence, code.grouped(), invitation.expiresAt());
    }

    /** Who acted on the case, in order, each once; scheduled jobs are nobody. */
    static List<String> handlers(List<TransitionView> history) {
        List<String> handlers = new ArrayList<>();
        for (TransitionView t : history) {
            if (HANDLING.contains(t.action()) && !SYSTEM.equals(t.actor()) && !handlers.contains(t.actor())) {
                handlers.add(t.actor());
            }
        }
        return handlers;
    }
}
