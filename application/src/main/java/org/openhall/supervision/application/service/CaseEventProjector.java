package org.openhall.supervision.application.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.openhall.servicecase.domain.event.CaseAccepted;
import org.openhall.servicecase.domain.event.CaseClockPaused;
import org.openhall.servicecase.domain.event.CaseClockResumed;
import org.openhall.servicecase.domain.event.CaseCompleted;
import org.openhall.servicecase.domain.event.CaseDeadlineExtended;
import org.openhall.servicecase.domain.event.CaseEvent;
import org.openhall.servicecase.domain.event.CaseRefused;
import org.openhall.servicecase.domain.event.CaseStepCompleted;
import org.openhall.servicecase.domain.event.CaseStepStarted;
import org.openhall.servicecase.domain.event.CaseSubmitted;
import org.openhall.servicecase.domain.event.CaseWithdrawn;
import org.openhall.servicecase.domain.event.FeeCollected;
import org.openhall.servicecase.domain.event.MaterialsSupplied;
import org.openhall.servicecase.domain.event.SupplementRequested;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.supervision.application.port.out.SupervisedCaseRepository;
import org.openhall.supervision.domain.CaseStage;
import org.openhall.supervision.domain.CurrentStep;
import org.openhall.supervision.domain.Finding;
import org.openhall.supervision.domain.RuleSettings;
import org.openhall.supervision.domain.SupervisedCase;
import org.openhall.supervision.domain.SupervisionRule;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the supervised cases (受监察办件) from the case events and applies the rules that judge one
 * event: a deemed acceptance, a refusal without reasons, a fee that differs from the catalog, an online
 * item handled offline, a step finished past its limit.
 *
 * <p>A projection of the same database, kept in the transaction of the change it follows: the case
 * services publish their events inside their transaction, so this listener runs synchronously right
 * there and its writes — the supervised case, any warning and the warning's {@code WarningRaised} —
 * commit or roll back with the transition. A projection that fails therefore fails the transition: a
 * case whose supervision record could not be kept is not changed at all, rather than changed with the
 * supervisors' view of it left behind (no half state, nothing to repair later). An event is applied
 * exactly once because it exists exactly once, with its transaction; no idempotency key is needed.
 */
public class CaseEventProjector {

    private static final String ONLINE = "ONLINE";

    private final SupervisedCaseRepository cases;
    private final WarningRaiser raiser;
    private final SupervisionSettings settings;

    public CaseEventProjector(SupervisedCaseRepository cases, WarningRaiser raiser, SupervisionSettings settings) {
        this.cases = cases;
        this.raiser = raiser;
        this.settings = settings;
    }

    /**
     * A case event, in the transaction that recorded it. {@link Propagation#MANDATORY}: an event
     * published outside a transaction would be projected in one of its own, apart from its change;
     * that is refused loudly rather than done quietly.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CaseEvent event) {
        apply(event);
    }

    /** Applies one case event to its supervised case and raises the warnings it calls for. */
    void apply(CaseEvent event) {
        SupervisedCase c = cases.find(event.caseId())
                .orElseGet(() -> SupervisedCase.firstSeen(event.caseId(), event.caseNumber(), event.department()));
        c.touchedBy(event.caseNumber(), event.department(), event.actor());
        RuleSettings rules = settings.rules();
        List<Finding> findings = new ArrayList<>();
        switch (event) {
            case CaseSubmitted e -> {
                c.submitted(e.itemCode(), e.window(), e.channel(), e.onlineAvailable(), e.receivedOn());
                if (e.onlineAvailable() && !ONLINE.equals(e.channel())) {
                    found(rules, SupervisionRule.ONLINE_ITEM_HANDLED_OFFLINE, null, findings);
                }
            }
            case SupplementRequested e -> c.waitingForMaterials();
            case MaterialsSupplied e -> c.materialsSupplied();
            case CaseAccepted e -> {
                c.accepted(e.acceptedOn(), e.statutoryDueDate(), e.promisedDueDate());
                if (e.deemed()) {
                    found(rules, SupervisionRule.DEEMED_ACCEPTANCE, null, findings);
                }
            }
            case CaseClockPaused e -> c.paused(e.pauseKind(), e.fromDay());
            case CaseClockResumed e -> c.resumed(e.pauseKind(), e.fromDay(), e.toDay(), e.statutoryDueDate(),
                    e.promisedDueDate());
            case CaseDeadlineExtended e -> c.extended(e.statutoryDueDate(), e.promisedDueDate());
            case CaseStepStarted e -> c.stepStarted(
                    new CurrentStep(e.stepPosition(), e.stepName(), e.handlerRole(), e.startedOn(), e.dueOn()));
            case CaseStepCompleted e -> {
                c.stepCompleted(e.stepPosition());
                if (e.dueOn() != null && e.completedOn() != null && e.completedOn().isAfter(e.dueOn())) {
                    found(rules, SupervisionRule.STEP_OVERDUE, e.dueOn(), findings);
                }
            }
            case CaseCompleted e -> c.completed(e.completedOn(), e.withinPromisedLimit(), e.withinStatutoryLimit());
            case CaseRefused e -> {
                c.closed(CaseStage.REFUSED, e.refusedOn());
                if (blank(e.reason()) || blank(e.legalBasis())) {
                    found(rules, SupervisionRule.REFUSAL_WITHOUT_REASONS, null, findings);
                }
            }
            case CaseWithdrawn e -> c.closed(CaseStage.WITHDRAWN, e.withdrawnOn());
            case FeeCollected e -> {
                if (differ(e.amount(), e.catalogAmount())) {
                    found(rules, SupervisionRule.FEE_DIFFERS_FROM_CATALOG, null, findings);
                }
            }
            default -> {
                // Certificates, refunds and waivers change nothing supervision watches.
            }
        }
        WorkingDayCalendar calendar = settings.calendar();
        c.planFirstCheck(rules, calendar);
        cases.save(c);
        LocalDate day = settings.dayOf(event.occurredAt());
        for (Finding finding : findings) {
            raiser.raise(c.caseId(), c.caseNumber(), c.department(), c.itemCode(), finding, day);
        }
    }

    private static void found(RuleSettings rules, SupervisionRule rule, LocalDate due, List<Finding> findings) {
        rules.levelOf(rule).ifPresent(level -> findings.add(new Finding(rule, level, due)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean differ(BigDecimal amount, BigDecimal catalogAmount) {
        if (amount == null || catalogAmount == null) {
            return amount != catalogAmount;
        }
        return amount.compareTo(catalogAmount) != 0;
    }
}
