package org.openhall.servicecase.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.RequiredMaterial;
import org.openhall.servicecase.domain.event.CaseAccepted;
import org.openhall.servicecase.domain.event.CaseRefused;
import org.openhall.servicecase.domain.event.CaseWithdrawn;
import org.openhall.servicecase.domain.event.MaterialsSupplied;
import org.openhall.servicecase.domain.event.SupplementRequested;
import org.openhall.servicecase.domain.problem.CaseNotInExpectedState;
import org.openhall.servicecase.domain.problem.DeferredSupplyTooLate;
import org.openhall.servicecase.domain.problem.MaterialNotDeferrable;
import org.openhall.servicecase.domain.problem.MaterialsIncomplete;
import org.openhall.servicecase.domain.problem.NoticePeriodExpired;
import org.openhall.servicecase.domain.problem.NothingToNotify;
import org.openhall.servicecase.domain.problem.OneTimeNoticeAlreadyIssued;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.Deadline;

/**
 * Receipt of a case (收件到受理): the one-time notice, the supply of materials, acceptance (with
 * 容缺受理), deemed acceptance, refusal and withdrawal. Part of {@link ServiceCase}; it changes the
 * case's state and records through the case's journal.
 */
final class CaseIntake {

    private final ServiceCase c;

    CaseIntake(ServiceCase serviceCase) {
        this.c = serviceCase;
    }

    /**
     * 一次告知: tells the applicant everything that is missing (computed from the item) and every
     * material handed in that is defective ({@code defects}: material code → what is wrong).
     */
    OneTimeNotice requestSupplement(ApprovalItem item, Map<String, String> defects, Actor clerk,
            WorkingDayCalendar calendar, Clock clock) {
        if (c.status == CaseStatus.SUPPLEMENT_REQUESTED) {
            // The notice of this submission is out; the law allows no second one (Art. 32).
            throw new OneTimeNoticeAlreadyIssued(c.submissionRound);
        }
        c.requireStatus(CaseAction.REQUEST_SUPPLEMENT, CaseStatus.SUBMITTED);
        requireKnown(item, defects.keySet());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LocalDate lastDay = c.noticeDeadline(calendar);
        if (today.isAfter(lastDay)) {
            throw new NoticePeriodExpired(lastDay);
        }
        List<MissingMaterial> lines = new ArrayList<>();
        for (RequiredMaterial m : item.missingFrom(c.providedMaterials)) {
            lines.add(new MissingMaterial(m.code(), m.name(), null));
        }
        for (Map.Entry<String, String> d : defects.entrySet()) {
            RequiredMaterial m = item.material(d.getKey()).orElseThrow();
            lines.add(new MissingMaterial(m.code(), m.name(), d.getValue()));
        }
        if (lines.isEmpty()) {
            throw new NothingToNotify();
        }
        OneTimeNotice notice = new OneTimeNotice(c.submissionRound, lines, today, clerk.username());
        c.notices.add(notice);
        // A defective material no longer counts as provided: it has to be handed in again.
        c.providedMaterials.removeAll(defects.keySet());
        var e = c.move(CaseAction.REQUEST_SUPPLEMENT, CaseStatus.SUPPLEMENT_REQUESTED, clerk, now,
                lines.size() + " material(s) to supply");
        c.journal.publish(new SupplementRequested(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(),
                e.at(), c.submissionRound, lines.stream().map(MissingMaterial::code).toList(), today));
        return notice;
    }

    /**
     * 补正: the applicant hands in materials after a notice, which opens a new submission round; or,
     * on an accepted case, hands in the materials its 容缺受理 deferred.
     */
    void supplyMaterials(ApprovalItem item, Set<String> supplied, Actor clerk, Clock clock) {
        requireKnown(item, supplied);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (c.status == CaseStatus.ACCEPTED && c.deferredSupply != null && c.deferredSupply.outstanding()) {
            c.providedMaterials.addAll(supplied);
            boolean complete = c.providedMaterials.containsAll(c.deferredSupply.materials());
            if (complete) {
                c.deferredSupply = c.deferredSupply.suppliedOn(today);
            }
            var e = c.move(CaseAction.SUPPLY_DEFERRED_MATERIALS, c.status, clerk, now, supplied.size()
                    + " deferred material(s) supplied" + (complete ? ", none owed any more" : ""));
            c.journal.publish(new MaterialsSupplied(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(),
                    e.at(), c.submissionRound, List.copyOf(supplied)));
            return;
        }
        c.requireStatus(CaseAction.SUPPLY_MATERIALS, CaseStatus.SUPPLEMENT_REQUESTED);
        c.providedMaterials.addAll(supplied);
        c.submissionRound++;
        c.roundReceivedOn = today;
        var e = c.move(CaseAction.SUPPLY_MATERIALS, CaseStatus.SUBMITTED, clerk, now,
                supplied.size() + " material(s) supplied");
        c.journal.publish(new MaterialsSupplied(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(),
                e.at(), c.submissionRound, List.copyOf(supplied)));
    }

    /**
     * 受理, with {@code deferral} (容缺受理) naming the secondary materials still missing, the
     * applicant's commitment and the day they are due; {@code null} when nothing is deferred.
     *
     * @throws MaterialNotDeferrable when a missing material may not be supplied later
     * @throws DeferredSupplyTooLate when the supply day lies after the promised due date
     */
    void accept(ApprovalItem item, DeferredSupply deferral, Actor clerk, WorkingDayCalendar calendar,
            Clock clock) {
        c.requireStatus(CaseAction.ACCEPT, CaseStatus.SUBMITTED);
        List<String> missing = item.missingFrom(c.providedMaterials).stream().map(RequiredMaterial::code).toList();
        if (deferral != null) {
            requireKnown(item, Set.copyOf(deferral.materials()));
            List<String> notDeferrable = deferral.materials().stream()
                    .filter(code -> !item.material(code).orElseThrow().supplyLaterAllowed()).toList();
            if (!notDeferrable.isEmpty()) {
                throw new MaterialNotDeferrable(notDeferrable);
            }
            missing = missing.stream().filter(code -> !deferral.materials().contains(code)).toList();
        }
        if (!missing.isEmpty()) {
            throw new MaterialsIncomplete(missing);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (deferral != null) {
            LocalDate promisedDue = CaseClock.start(today, item.promisedLimit()).deadline(calendar).dueDate();
            if (deferral.supplyBy().isAfter(promisedDue)) {
                throw new DeferredSupplyTooLate(deferral.supplyBy(), promisedDue);
            }
            c.deferredSupply = new DeferredSupply(deferral.materials(), deferral.commitment(), deferral.supplyBy(), null);
        }
        startHandling(item, CaseAction.ACCEPT, today, clerk, now, calendar);
    }

    /**
     * 视为受理: no one-time notice and no acceptance came within five working days of receipt, so
     * the law counts the case accepted on the day the materials were received (Art. 32). Acts only
     * on a case whose notice period has passed by today.
     */
    void deemAccepted(ApprovalItem item, Actor system, WorkingDayCalendar calendar, Clock clock) {
        c.requireStatus(CaseAction.DEEM_ACCEPTED, CaseStatus.SUBMITTED);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (!today.isAfter(c.noticeDeadline(calendar))) {
            throw new CaseNotInExpectedState(CaseAction.DEEM_ACCEPTED, c.status);
        }
        c.deemed = true;
        startHandling(item, CaseAction.DEEM_ACCEPTED, c.roundReceivedOn, system, now, calendar);
    }

    private void startHandling(ApprovalItem item, CaseAction action, LocalDate day0, Actor actor, Instant now,
            WorkingDayCalendar calendar) {
        c.acceptedOn = day0;
        c.handling.procedure.start(day0, item);
        Deadline statutory = c.handling.procedure.statutoryClock().deadline(calendar);
        Deadline promised = c.handling.procedure.promisedClock().deadline(calendar);
        c.status = CaseStatus.ACCEPTED;
        c.handling.refreshDueDates(calendar);
        var e = c.journal.record(action, CaseStatus.SUBMITTED, c.status, actor, now, (c.deemed ? "deemed accepted on "
                + day0 + "; " : "") + "promised due " + promised.dueDate() + ", statutory due " + statutory.dueDate()
                + (c.deferredSupply == null ? "" : "; deferred " + c.deferredSupply.materials() + " by "
                + c.deferredSupply.supplyBy()));
        c.journal.publish(new CaseAccepted(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(), e.at(),
                day0, statutory.dueDate(), promised.dueDate(), statutory.provisional() || promised.provisional(),
                c.deemed, c.deferredSupply == null ? List.of() : c.deferredSupply.materials(),
                c.deferredSupply == null ? null : c.deferredSupply.supplyBy()));
        c.handling.startNextStep(day0, actor, now, calendar);
    }

    /** 不予受理: refuses the application in writing with its legal basis and reason; the case closes. */
    void refuse(String legalBasis, String reason, Actor clerk, Clock clock) {
        if (c.status != CaseStatus.SUBMITTED && c.status != CaseStatus.SUPPLEMENT_REQUESTED) {
            throw new CaseNotInExpectedState(CaseAction.REFUSE, c.status);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        c.refusal = new Refusal(legalBasis, reason, today, clerk.username());
        var e = c.move(CaseAction.REFUSE, CaseStatus.REFUSED, clerk, now, c.refusal.legalBasis() + ": " + c.refusal.reason());
        c.journal.publish(new CaseRefused(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(), e.at(),
                today, c.refusal.legalBasis(), c.refusal.reason()));
    }

    /** 撤回: the applicant withdraws the application, at any point before the decision. */
    void withdraw(String reason, Actor clerk, Clock clock) {
        if (!c.status.isOpen()) {
            throw new CaseNotInExpectedState(CaseAction.WITHDRAW, c.status);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        c.withdrawal = new Withdrawal(today, reason, clerk.username());
        c.handling.clearDueDates();
        var e = c.move(CaseAction.WITHDRAW, CaseStatus.WITHDRAWN, clerk, now, c.withdrawal.reason());
        c.journal.publish(new CaseWithdrawn(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(), e.at(),
                today, c.withdrawal.reason()));
    }

    private static void requireKnown(ApprovalItem item, Set<String> codes) {
        ServiceCase.requireKnown(item, codes);
    }
}
