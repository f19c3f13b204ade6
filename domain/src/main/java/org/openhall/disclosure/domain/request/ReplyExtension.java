package org.openhall.disclosure.domain.request;

import java.time.LocalDate;

import org.openhall.disclosure.domain.problem.DisclosureConflict;
import org.openhall.disclosure.domain.problem.IncompleteRecord;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.Deadline;
import org.openhall.shared.domain.time.Extension;

/**
 * The one extension of the reply period (延长答复期限, Art. 33 ¶2): granted before the period runs
 * out, approved by the head of the disclosure office, told to the applicant, and at most
 * {@value DisclosureRequest#EXTENSION_CAP} working days.
 */
final class ReplyExtension {

    private ReplyExtension() {
    }

    /**
     * The reply clock extended by {@code workingDays} granted today.
     *
     * @throws IncompleteRecord {@code disclosure.extension-incomplete} without approver, reason or notice day
     * @throws DisclosureConflict {@code disclosure.extension-already-granted} for a second extension,
     *         {@code disclosure.reply-period-expired} once the period ran out
     * @throws org.openhall.shared.domain.ExtensionCapExceeded above the cap
     */
    static CaseClock grant(CaseClock replyClock, int workingDays, String approvedBy, String reason,
            LocalDate applicantNotifiedOn, LocalDate today, WorkingDayCalendar calendar) {
        if (!replyClock.extensions().isEmpty()) {
            throw DisclosureConflict.extensionAlreadyGranted(replyClock.extensions().getFirst().approvedOn());
        }
        if (approvedBy == null || approvedBy.isBlank()) {
            throw IncompleteRecord.extension("approvedBy");
        }
        if (reason == null || reason.isBlank()) {
            throw IncompleteRecord.extension("reason");
        }
        if (applicantNotifiedOn == null) {
            throw IncompleteRecord.extension("applicantNotifiedOn");
        }
        if (applicantNotifiedOn.isAfter(today) || applicantNotifiedOn.isBefore(replyClock.day0())) {
            throw new InvalidValue("applicantNotifiedOn", "must lie between the day of receipt and today");
        }
        Deadline due = replyClock.deadline(calendar, today);
        if (due.isOverdueOn(today)) {
            throw DisclosureConflict.replyPeriodExpired(due.dueDate());
        }
        return replyClock.withExtension(new Extension(workingDays, approvedBy, reason, today),
                DisclosureRequest.EXTENSION_CAP);
    }
}
