package org.openhall.supervision.application.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.openhall.disclosure.domain.event.CatalogEntryPublicationOverdue;
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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the supervised cases from the case events and applies the rules that judge one event:
 * a deemed acceptance, a refusal without reasons, a fee that differs from the catalog, an online
 * item handled offline, a step finished past its limit. Also turns a disclosure entry published
 * late into a warning.
 *
 * <p>Each event is applied once: (case id, sequence) is recorded with the change, so an event
 * the publication registry delivers again finds itself recorded and changes nothing.
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

    @ApplicationModuleListener
    public void on(CaseEvent event) {
        apply(event);
    }

    @ApplicationModuleListener
    public void on(CatalogEntryPublicationOverdue event) {
        settings.rules().levelOf(SupervisionRule.PUBLICATION_OVERDUE).ifPresent(level -> raiser.raise(
                event.entryId() + "/" + event.revision(), event.indexNumber(), event.department(), null,
                new Finding(SupervisionRule.PUBLICATION_OVERDUE, level, event.publicationDueOn()),
                settings.dayOf(event.occurredAt())));
    }

    /** Applies one case event; does nothing for an event applied before. */
    @Transactional
    public void apply(CaseEvent event) {
        if (!cases.markApplied(event.caseId(), event.sequence())) {
            return;
        }
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
