package org.openhall.complaint.domain.problem;

import java.time.LocalDate;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * A step the loop's rules refuse although the ticket is in a state that takes it: each factory is
 * one rule with its own stable code.
 */
public final class TicketRefused extends DomainProblem {

    private TicketRefused(String code, String message, Map<String, Object> details) {
        super(code, ProblemKind.UNPROCESSABLE, message, details);
    }

    /** A ticket is closed only once the citizen has had a reply. */
    public static TicketRefused replyRequired() {
        return new TicketRefused("ticket.reply-required", "A ticket cannot be closed before it was replied to",
                Map.of());
    }

    /** A ticket may be rated only after its follow-up call. */
    public static TicketRefused followUpRequired() {
        return new TicketRefused("ticket.follow-up-required", "A ticket cannot be rated before its follow-up call",
                Map.of());
    }

    /** An extension is asked for before the deadline, never after it. */
    public static TicketRefused extensionTooLate(LocalDate dueOn) {
        return new TicketRefused("ticket.extension-too-late",
                "An extension must be requested by the due date " + dueOn, Map.of("dueOn", dueOn));
    }

    /** One extension may add at most the county's maximum. */
    public static TicketRefused extensionTooLong(int maxWorkingDays) {
        return new TicketRefused("ticket.extension-too-long",
                "An extension adds at most " + maxWorkingDays + " working days", Map.of("max", maxWorkingDays));
    }

    /** A second extension request while one waits. */
    public static TicketRefused extensionPending() {
        return new TicketRefused("ticket.extension-pending", "An extension request is already waiting", Map.of());
    }

    /** No extension waits for approval. */
    public static TicketRefused noExtensionPending() {
        return new TicketRefused("ticket.no-extension-pending", "No extension request waits for approval", Map.of());
    }

    /** A return (退回) states why the ticket is not the department's. */
    public static TicketRefused returnReasonsRequired() {
        return new TicketRefused("ticket.return-reasons-required", "A returned ticket needs the reasons", Map.of());
    }

    /** A step that must say something (reply, note) was given no text. */
    public static TicketRefused textRequired(String field) {
        return new TicketRefused("ticket.text-required", field + " must not be blank", Map.of("field", field));
    }

    /** The reopen period after closing is over. */
    public static TicketRefused reopenPeriodOver(LocalDate lastDay) {
        return new TicketRefused("ticket.reopen-period-over", "The ticket could be reopened until " + lastDay,
                Map.of("lastDay", lastDay));
    }

    /** No phone number to call back. */
    public static TicketRefused noPhoneToCall() {
        return new TicketRefused("ticket.no-phone-to-call", "The citizen left no phone number to call back",
                Map.of());
    }

    /** The case number of an efficiency complaint names no case. */
    public static TicketRefused unknownCase(String caseNumber) {
        return new TicketRefused("ticket.unknown-case", "There is no case " + caseNumber,
                Map.of("caseNumber", caseNumber));
    }

    /** The class code is not one of the county's ticket classes. */
    public static TicketRefused unknownClass(String ticketClass) {
        return new TicketRefused("ticket.unknown-class", "There is no ticket class " + ticketClass,
                Map.of("ticketClass", ticketClass));
    }
}
