package org.openhall.servicecase.adapter.out.persistence;

import java.util.Arrays;
import java.util.List;

import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.AgentRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.CertificateRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.DecisionRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.DeferredRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.DeliveryRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.ExtensionRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.FeeCollectionRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.RefundRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.RefusalRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.WithdrawalRow;
import org.openhall.servicecase.domain.Agent;
import org.openhall.servicecase.domain.CaseExtension;
import org.openhall.servicecase.domain.CaseFees;
import org.openhall.servicecase.domain.CasePause;
import org.openhall.servicecase.domain.CaseStep;
import org.openhall.servicecase.domain.Certificate;
import org.openhall.servicecase.domain.Decision;
import org.openhall.servicecase.domain.DeferredSupply;
import org.openhall.servicecase.domain.Delivery;
import org.openhall.servicecase.domain.FeeCollection;
import org.openhall.servicecase.domain.FeeLine;
import org.openhall.servicecase.domain.FeeRefund;
import org.openhall.servicecase.domain.Refusal;
import org.openhall.servicecase.domain.Withdrawal;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.openhall.shared.domain.money.Money;

/** The parts of a case to their rows and back; every part may be absent (null) in both forms. */
final class CaseParts {

    /** Separates fee names in one column: a character no fee name contains. */
    private static final String UNIT_SEPARATOR = "\u001F";

    private CaseParts() {
    }

    static AgentRow agentRow(Agent a, PersonalDataCipher cipher) {
        return a == null ? null
                : new AgentRow(a.name().value(), cipher.seal(a.idNumber().value()), cipher.seal(a.phone().value()),
                        a.stationCode());
    }

    static Agent agent(AgentRow r, PersonalDataCipher cipher) {
        return r == null ? null : new Agent(new PersonName(r.name()), new ResidentIdNumber(cipher.open(r.idNumber())),
                new PhoneNumber(cipher.open(r.phone())), r.stationCode());
    }

    static DeferredRow deferredRow(DeferredSupply d) {
        return d == null ? null
                : new DeferredRow(String.join(",", d.materials()), d.commitment(), d.supplyBy(), d.suppliedOn());
    }

    static DeferredSupply deferred(DeferredRow r) {
        return r == null ? null : new DeferredSupply(Arrays.asList(r.materials().split(",")), r.commitment(),
                r.supplyBy(), r.suppliedOn());
    }

    static RefusalRow refusalRow(Refusal r) {
        return r == null ? null : new RefusalRow(r.legalBasis(), r.reason(), r.refusedOn(), r.refusedBy());
    }

    static Refusal refusal(RefusalRow r) {
        return r == null ? null : new Refusal(r.legalBasis(), r.reason(), r.refusedOn(), r.refusedBy());
    }

    static WithdrawalRow withdrawalRow(Withdrawal w) {
        return w == null ? null : new WithdrawalRow(w.withdrawnOn(), w.reason(), w.recordedBy());
    }

    static Withdrawal withdrawal(WithdrawalRow r) {
        return r == null ? null : new Withdrawal(r.withdrawnOn(), r.reason(), r.recordedBy());
    }

    static CaseStepRow stepRow(CaseStep s) {
        return new CaseStepRow(s.name(), s.handlerRole(), s.requiredRole(), s.limitWorkingDays(), s.special(),
                s.startedOn(), s.dueOn(), s.completedOn(), s.completedBy(), s.actingFor(), s.opinion());
    }

    static CaseStep step(int position, CaseStepRow r) {
        return new CaseStep(position, r.name(), r.handlerRole(), r.requiredRole(), r.limitWorkingDays(), r.special(),
                r.startedOn(), r.dueOn(), r.completedOn(), r.completedBy(), r.actingFor(), r.opinion());
    }

    static CasePauseRow pauseRow(CasePause p) {
        return new CasePauseRow(p.procedure(), p.noticeReference(), p.noticedOn(), p.from(), p.to());
    }

    static CasePause pause(CasePauseRow r) {
        return new CasePause(r.procedure(), r.noticeReference(), r.noticedOn(), r.fromDay(), r.toDay());
    }

    static ExtensionRow extensionRow(CaseExtension e) {
        return e == null ? null : new ExtensionRow(e.workingDays(), e.approvedBy(), e.reason(), e.approvedOn(),
                e.applicantToldOn(), e.joint());
    }

    static CaseExtension extension(ExtensionRow r) {
        return r == null ? null : new CaseExtension(r.workingDays(), r.approvedBy(), r.reason(), r.approvedOn(),
                r.applicantToldOn(), Boolean.TRUE.equals(r.joint()));
    }

    static DecisionRow decisionRow(Decision d) {
        return d == null ? null : new DecisionRow(d.outcome(), d.legalBasis(), d.reason(), d.decidedOn(),
                d.decidedBy(), d.certificateDueDate());
    }

    static Decision decision(DecisionRow r) {
        return r == null ? null : new Decision(r.outcome(), r.legalBasis(), r.reason(), r.decidedOn(), r.decidedBy(),
                r.certificateDueDate());
    }

    static CertificateRow certificateRow(Certificate c) {
        return c == null ? null
                : new CertificateRow(c.number(), c.issuedOn(), c.issuedBy(), c.serveBy(), c.withinLimit());
    }

    static Certificate certificate(CertificateRow r) {
        return r == null ? null : new Certificate(r.number(), r.issuedOn(), r.issuedBy(), r.serveBy(),
                Boolean.TRUE.equals(r.withinLimit()));
    }

    static DeliveryRow deliveryRow(Delivery d) {
        return d == null ? null : new DeliveryRow(d.method(), d.deliveredOn(), d.recordedBy(), d.collectedBy(),
                d.idChecked(), d.byApplicant(), d.carrier(), d.trackingNumber());
    }

    static Delivery delivery(DeliveryRow r) {
        return r == null ? null : new Delivery(r.method(), r.deliveredOn(), r.recordedBy(), r.collectedBy(),
                Boolean.TRUE.equals(r.idChecked()), Boolean.TRUE.equals(r.byApplicant()), r.carrier(),
                r.trackingNumber());
    }

    static FeeLineRow feeLineRow(FeeLine l) {
        return new FeeLineRow(l.name(), l.catalogAmount().yuan(), l.basis(), l.waived(), l.waiverReason());
    }

    static FeeCollectionRow collectionRow(FeeCollection c) {
        return c == null ? null : new FeeCollectionRow(c.receiptNumber(), c.amount().yuan(), c.catalogAmount().yuan(),
                String.join(UNIT_SEPARATOR, c.feeNames()), c.collectedOn(), c.collectedBy());
    }

    static RefundRow refundRow(FeeRefund r) {
        return r == null ? null : new RefundRow(r.amount().yuan(), r.reason(), r.refundedOn(), r.refundedBy());
    }

    static CaseFees fees(List<FeeLineRow> lines, FeeCollectionRow collection, RefundRow refund) {
        return new CaseFees(
                lines.stream().map(l -> new FeeLine(l.name(), new Money(l.catalogAmount()), l.basis(), l.waived(),
                        l.waiverReason())).toList(),
                collection == null ? null : new FeeCollection(collection.receiptNumber(),
                        new Money(collection.amount()), new Money(collection.catalogAmount()),
                        List.of(collection.feeNames().split(UNIT_SEPARATOR)), collection.collectedOn(),
                        collection.collectedBy()),
                refund == null ? null : new FeeRefund(new Money(refund.amount()), refund.reason(), refund.refundedOn(),
                        refund.refundedBy()));
    }
}
