package org.openhall.complaint.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.openhall.complaint.application.port.in.PublicTicketView;
import org.openhall.complaint.application.port.in.TicketSummaryView;
import org.openhall.complaint.application.port.in.TicketTransitionView;
import org.openhall.complaint.application.port.in.TicketView;
import org.openhall.complaint.domain.Ticket;
import org.openhall.complaint.domain.TicketIntake;
import org.openhall.complaint.domain.TicketSnapshot;
import org.openhall.complaint.domain.TicketStatus;
import org.openhall.complaint.domain.TicketTransition;

/** Turns tickets into the views of the ports. */
final class TicketViews {

    private TicketViews() {
    }

    static TicketView of(Ticket ticket, long version, LocalDate today, ZoneId zone) {
        TicketSnapshot s = ticket.snapshot();
        TicketIntake in = s.intake();
        var related = in.relatedCase() == null ? null : new TicketView.RelatedCaseView(in.relatedCase().caseId(),
                in.relatedCase().caseNumber(), in.relatedCase().department(), in.relatedCase().handlers());
        var extension = s.extension() == null ? null : new TicketView.ExtensionView(s.extension().workingDays(),
                s.extension().reason(), s.extension().requestedBy(), s.extension().requestedOn(),
                s.extension().approvedBy(), s.extension().approvedOn());
        var followUp = s.followUp() == null ? null : new TicketView.FollowUpView(s.followUp().satisfaction().name(),
                s.followUp().note(), s.followUp().calledBy(), at(s.followUp().calledAt(), zone));
        return new TicketView(s.id().toString(), in.number(), in.ticketClass().code(), in.ticketClass().name(),
                in.channel().name(), s.status().name(), s.department(), in.subject(), in.description(),
                in.caller().name(), in.caller().phone() == null ? null : in.caller().phone().value(),
                in.caller().email(), in.location().address(), in.location().latitude(), in.location().longitude(),
                related, in.callId(), in.externalReference(), at(s.receivedAt(), zone), s.receivedOn(), s.dueOn(),
                s.signInDueOn(), ticket.isOverdue(today), s.reply() == null ? null : s.reply().text(),
                s.reply() == null ? null : s.reply().repliedBy(), extension, followUp, s.closedOn(), s.reopenCount(),
                s.supervisionCount(), s.handlers(), version);
    }

    static TicketSummaryView summary(Ticket ticket) {
        TicketSnapshot s = ticket.snapshot();
        return new TicketSummaryView(s.id().toString(), s.intake().number(), s.intake().ticketClass().code(),
                s.status().name(), s.department(), s.intake().subject(),
                s.status().awaitsReply() ? s.dueOn() : null);
    }

    static TicketTransitionView transition(TicketTransition t, ZoneId zone) {
        return new TicketTransitionView(t.sequence(), t.action().name(), t.from() == null ? null : t.from().name(),
                t.to().name(), t.actor(), t.actorDepartment(), at(t.at(), zone), t.note());
    }

    /** The public view: the citizen's name, phone and e-mail and the staff's names stay out. */
    static PublicTicketView publicView(Ticket ticket, ZoneId zone) {
        TicketSnapshot s = ticket.snapshot();
        TicketIntake in = s.intake();
        int days = in.ticketClass().workingDays();
        String notice = days == 0 ? in.ticketClass().name() + "：当日答复"
                : in.ticketClass().name() + "：自受理次日起" + days + "个工作日内答复";
        return new PublicTicketView(in.number(), in.ticketClass().code(), in.ticketClass().name(),
                s.status().resolved(), notes(s.status()), s.department(), in.description(), notice,
                at(s.receivedAt(), zone), at(s.updatedAt(), zone),
                s.dueOn().plusDays(1).atStartOfDay(zone).minusSeconds(1).toOffsetDateTime(), in.location().address(),
                in.location().latitude(), in.location().longitude());
    }

    private static String notes(TicketStatus status) {
        return switch (status) {
            case RECEIVED -> "已登记，等待派单";
            case DISPATCHED -> "已派单，等待承办单位签收";
            case RETURNED -> "承办单位已退回，等待重新派单";
            case SIGNED_IN -> "承办单位已签收，正在办理";
            case REPLIED -> "承办单位已答复，等待审核办结";
            case COMPLETED -> "已办结";
            case FOLLOWED_UP -> "已办结并回访";
            case CLOSED -> "已办结归档";
        };
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
