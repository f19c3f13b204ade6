package org.openhall.supervision.application.service;

import org.openhall.complaint.domain.event.TicketOverdue;
import org.openhall.complaint.domain.event.TicketSignInOverdue;
import org.openhall.supervision.domain.Finding;
import org.openhall.supervision.domain.SupervisionRule;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Turns the lateness of a ticket (诉求工单) into a warning of the department it was dispatched to: a
 * sign-in not made in time ({@link SupervisionRule#TICKET_SIGN_IN_OVERDUE}, a yellow card unless the
 * pack says otherwise) and a ticket past its due date ({@link SupervisionRule#TICKET_OVERDUE}, a red
 * card). The ticket's number stands where a case number would; its id with the watched day is the
 * warned record, so that a reopened or re-dispatched ticket that is late again is warned again, but a
 * redelivered event is not.
 */
public class TicketLatenessProjector {

    /** The department a warning names when a ticket was never dispatched: the hotline office itself. */
    static final String UNDISPATCHED = "HOTLINE";

    private final WarningRaiser raiser;
    private final SupervisionSettings settings;

    public TicketLatenessProjector(WarningRaiser raiser, SupervisionSettings settings) {
        this.raiser = raiser;
        this.settings = settings;
    }

    @ApplicationModuleListener
    public void on(TicketSignInOverdue event) {
        settings.rules().levelOf(SupervisionRule.TICKET_SIGN_IN_OVERDUE).ifPresent(level -> raiser.raise(
                event.ticketId() + "/" + event.signInDueOn(), event.ticketNumber(), event.department(), null,
                new Finding(SupervisionRule.TICKET_SIGN_IN_OVERDUE, level, event.signInDueOn()),
                settings.dayOf(event.occurredAt())));
    }

    @ApplicationModuleListener
    public void on(TicketOverdue event) {
        settings.rules().levelOf(SupervisionRule.TICKET_OVERDUE).ifPresent(level -> raiser.raise(
                event.ticketId() + "/" + event.dueOn(), event.ticketNumber(),
                event.department() == null ? UNDISPATCHED : event.department(), null,
                new Finding(SupervisionRule.TICKET_OVERDUE, level, event.dueOn()), settings.dayOf(event.occurredAt())));
    }
}
