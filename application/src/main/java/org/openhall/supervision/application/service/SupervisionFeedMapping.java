package org.openhall.supervision.application.service;

import java.time.ZoneId;
import java.util.Map;

import org.openhall.servicecase.application.port.in.CaseView;
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
import org.openhall.servicecase.domain.event.CertificateDelivered;
import org.openhall.servicecase.domain.event.CertificateIssued;
import org.openhall.servicecase.domain.event.FeeCollected;
import org.openhall.servicecase.domain.event.FeeRefunded;
import org.openhall.servicecase.domain.event.FeeWaived;
import org.openhall.servicecase.domain.event.MaterialsSupplied;
import org.openhall.servicecase.domain.event.SupplementRequested;
import org.openhall.supervision.application.port.out.SupervisionFeedData;
import org.openhall.supervision.application.port.out.SupervisionFeedData.Certificate;
import org.openhall.supervision.application.port.out.SupervisionFeedData.Extension;
import org.openhall.supervision.application.port.out.SupervisionFeedData.Fee;
import org.openhall.supervision.application.port.out.SupervisionFeedData.Pause;
import org.openhall.supervision.application.port.out.SupervisionFeedData.Result;
import org.openhall.supervision.application.port.out.SupervisionFeedData.Step;
import org.openhall.supervision.application.port.out.SupervisionFeedData.Supplement;
import org.openhall.supervision.application.port.out.SupervisionFeedData.Warning;
import org.openhall.supervision.application.port.out.SupervisionFeedEvent;
import org.openhall.supervision.domain.event.WarningRaised;

/**
 * Turns an event and the case it belongs to into a feed event. The event's own values win over the
 * case's: a late delivery must still say what was true when it happened. The feed maps an event as its
 * change is stored, with the case as that change left it (an entry of the old form, as it is sent).
 */
final class SupervisionFeedMapping {

    static final String TYPE_PREFIX = "cn.gov.openhall.";

    /** The CloudEvents {@code type} of every event the feed carries; docs/supervision-feed.md lists them. */
    static final Map<Class<?>, String> TYPES = Map.ofEntries(
            Map.entry(CaseSubmitted.class, "case.submitted"),
            Map.entry(SupplementRequested.class, "case.supplement-requested"),
            Map.entry(MaterialsSupplied.class, "case.materials-supplied"),
            Map.entry(CaseAccepted.class, "case.accepted"),
            Map.entry(CaseRefused.class, "case.refused"),
            Map.entry(CaseWithdrawn.class, "case.withdrawn"),
            Map.entry(CaseStepStarted.class, "case.step-started"),
            Map.entry(CaseStepCompleted.class, "case.step-completed"),
            Map.entry(CaseClockPaused.class, "case.clock-paused"),
            Map.entry(CaseClockResumed.class, "case.clock-resumed"),
            Map.entry(CaseDeadlineExtended.class, "case.deadline-extended"),
            Map.entry(CaseCompleted.class, "case.completed"),
            Map.entry(CertificateIssued.class, "case.certificate-issued"),
            Map.entry(CertificateDelivered.class, "case.certificate-delivered"),
            Map.entry(FeeCollected.class, "case.fee-collected"),
            Map.entry(FeeRefunded.class, "case.fee-refunded"),
            Map.entry(FeeWaived.class, "case.fee-waived"),
            Map.entry(WarningRaised.class, "warning.raised"));

    private final ZoneId zone;

    SupervisionFeedMapping(ZoneId zone) {
        this.zone = zone;
    }

    static String idOf(CaseEvent event) {
        return "case:" + event.caseId() + ":" + event.sequence();
    }

    static String idOf(WarningRaised warning) {
        return "warning:" + warning.warningId();
    }

    SupervisionFeedEvent of(CaseEvent event, CaseView c) {
        Data d = Data.of(c);
        d.actor = event.actor();
        switch (event) {
            case CaseSubmitted e -> {
                d.itemCode = e.itemCode();
                d.itemVersion = e.itemVersion();
                d.channel = e.channel();
                d.receivedOn = e.receivedOn();
            }
            case SupplementRequested e ->
                d.supplement = new Supplement(e.submissionRound(), e.materialCodes(), e.issuedOn());
            case MaterialsSupplied e -> d.supplement = new Supplement(e.submissionRound(), e.materialCodes(), null);
            case CaseAccepted e -> {
                d.acceptedOn = e.acceptedOn();
                d.statutoryDueDate = e.statutoryDueDate();
                d.promisedDueDate = e.promisedDueDate();
                d.provisional = e.provisional();
            }
            case CaseRefused e ->
                d.result = new Result("REFUSED", e.refusedOn(), e.legalBasis(), e.reason(), null, null, null);
            case CaseWithdrawn e -> d.result = new Result("WITHDRAWN", e.withdrawnOn(), null, e.reason(), null, null,
                    null);
            case CaseStepStarted e -> d.step = new Step(String.valueOf(e.stepPosition()), e.stepName(),
                    e.handlerRole(), e.department(), e.startedOn(), null, e.dueOn(), null);
            case CaseStepCompleted e -> d.step = new Step(String.valueOf(e.stepPosition()), e.stepName(),
                    e.handlerRole(), e.department(), e.startedOn(), e.completedOn(), e.dueOn(), e.opinion());
            case CaseClockPaused e -> d.pause = new Pause(e.pauseKind(), e.fromDay(), null, e.noticeReference());
            case CaseClockResumed e -> {
                d.pause = new Pause(e.pauseKind(), e.fromDay(), e.toDay(), null);
                d.statutoryDueDate = e.statutoryDueDate();
                d.promisedDueDate = e.promisedDueDate();
            }
            case CaseDeadlineExtended e -> {
                d.extension = new Extension(e.workingDays(), e.approvedBy(), e.reason());
                d.statutoryDueDate = e.statutoryDueDate();
                d.promisedDueDate = e.promisedDueDate();
            }
            case CaseCompleted e -> d.result = new Result(e.outcome(), e.completedOn(), e.legalBasis(), e.reason(),
                    e.withinPromisedLimit(), e.withinStatutoryLimit(), e.certificateDueDate());
            case CertificateIssued e -> d.certificate = new Certificate(e.certificateNumber(), e.issuedOn(),
                    e.serveBy(), e.withinLimit(), null, null, null, null);
            case CertificateDelivered e -> d.certificate = new Certificate(null, null, null, null, e.method(),
                    e.deliveredOn(), e.carrier(), e.trackingNumber());
            case FeeCollected e -> d.fee = new Fee("COLLECTED", e.receiptNumber(), e.amount(), e.catalogAmount(),
                    e.feeNames(), null);
            case FeeRefunded e -> d.fee = new Fee("REFUNDED", e.receiptNumber(), e.amount(), null, null, e.reason());
            case FeeWaived e -> d.fee = new Fee("WAIVED", null, e.amount(), null,
                    e.feeName() == null ? null : java.util.List.of(e.feeName()), e.reason());
            default -> {
                // A case event this feed does not know yet still goes out with the case's fields.
            }
        }
        d.caseNumber = event.caseNumber();
        d.caseId = event.caseId();
        d.department = event.department();
        return new SupervisionFeedEvent(idOf(event), typeOf(event), event.caseNumber(),
                event.occurredAt().atZone(zone).toOffsetDateTime(), event.caseId(), event.sequence(), d.build());
    }

    SupervisionFeedEvent of(WarningRaised w, CaseView c) {
        Data d = Data.of(c);
        d.actor = "system";
        d.caseNumber = w.caseNumber();
        d.caseId = w.caseId();
        d.department = w.department();
        d.warning = new Warning(w.warningId(), w.rule(), w.level(), w.dueDate(), w.raisedOn());
        return new SupervisionFeedEvent(idOf(w), typeOf(w), w.caseNumber(),
                w.occurredAt().atZone(zone).toOffsetDateTime(), w.caseId(), null, d.build());
    }

    static String typeOf(Object event) {
        String type = TYPES.get(event.getClass());
        if (type == null) {
            // Kebab-case of the class name keeps an unknown event apart from the known ones.
            type = "case." + event.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
        }
        return TYPE_PREFIX + type;
    }

    /** The fields under construction; the case view gives the defaults, the event overrides. */
    private static final class Data {
        String caseNumber;
        String caseId;
        String itemCode;
        Integer itemVersion;
        String itemName;
        String department;
        String applicantName;
        String applicantIdNumber;
        String status;
        String actor;
        String channel;
        java.time.LocalDate receivedOn;
        java.time.LocalDate acceptedOn;
        java.time.LocalDate statutoryDueDate;
        java.time.LocalDate promisedDueDate;
        Boolean provisional;
        Step step;
        Pause pause;
        Extension extension;
        Supplement supplement;
        Result result;
        Certificate certificate;
        Fee fee;
        Warning warning;

        /** The case's fields as the servicecase context shows it now; none when it does not know the case. */
        static Data of(CaseView c) {
            Data d = new Data();
            if (c == null) {
                return d;
            }
            d.itemCode = c.itemCode();
            d.itemVersion = c.itemVersion();
            d.itemName = c.itemName();
            d.applicantName = c.applicantName();
            d.applicantIdNumber = c.applicantIdNumber();
            d.status = c.status() == null ? null : c.status().name();
            d.receivedOn = c.receivedOn();
            d.acceptedOn = c.acceptedOn();
            d.statutoryDueDate = c.statutoryDue();
            d.promisedDueDate = c.promisedDue();
            d.provisional = c.acceptedOn() == null ? null : c.provisional();
            return d;
        }

        SupervisionFeedData build() {
            return new SupervisionFeedData(caseNumber, caseId, itemCode, itemVersion, itemName, department,
                    applicantName, applicantIdNumber, status, actor, channel, receivedOn, acceptedOn,
                    statutoryDueDate, promisedDueDate, provisional, step, pause, extension, supplement, result,
                    certificate, fee, warning);
        }
    }
}
