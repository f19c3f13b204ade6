package org.openhall.servicecase.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.openhall.servicecase.domain.event.CertificateDelivered;
import org.openhall.servicecase.domain.event.CertificateIssued;
import org.openhall.servicecase.domain.event.FeeCollected;
import org.openhall.servicecase.domain.event.FeeRefunded;
import org.openhall.servicecase.domain.event.FeeWaived;
import org.openhall.servicecase.domain.problem.CaseNotInExpectedState;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.money.Money;

/**
 * What a case hands out and takes in (制证、送达、收费): the certificate after an approval, its
 * delivery, and the fees. Part of {@link ServiceCase}; each step is a transition of the case's
 * audit trail that leaves its status as it is.
 */
final class CaseResults {

    private final ServiceCase c;
    private Certificate certificate;
    private Delivery delivery;
    private CaseFees fees;

    CaseResults(ServiceCase serviceCase, Certificate certificate, Delivery delivery, CaseFees fees) {
        this.c = serviceCase;
        this.certificate = certificate;
        this.delivery = delivery;
        this.fees = fees;
    }

    /** 制证: issues the certificate of an approved case; on time when by the Art. 44 limit. */
    void issueCertificate(String number, Actor actor, Clock clock) {
        Decision decision = c.handling.decision();
        if (c.status != CaseStatus.COMPLETED || decision == null || !decision.approved() || certificate != null) {
            throw new CaseNotInExpectedState(CaseAction.ISSUE_CERTIFICATE, c.status);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LocalDate serveBy = decision.certificateDueDate();
        certificate = new Certificate(number, today, actor.username(), serveBy, !today.isAfter(serveBy));
        var e = c.journal.record(CaseAction.ISSUE_CERTIFICATE, c.status, c.status, actor, now, "certificate "
                + certificate.number() + (certificate.withinLimit() ? "" : ", after the limit of " + serveBy));
        c.journal.publish(new CertificateIssued(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(),
                e.at(), certificate.number(), today, serveBy, certificate.withinLimit()));
    }

    /** 送达: records how the issued certificate reached the applicant. */
    void deliver(Delivery handedOver, Actor actor, Clock clock) {
        if (certificate == null || delivery != null) {
            throw new CaseNotInExpectedState(CaseAction.DELIVER_CERTIFICATE, c.status);
        }
        delivery = handedOver;
        String how = switch (handedOver.method()) {
            case PICKUP -> "picked up by " + (handedOver.byApplicant() ? "the applicant" : "an authorised person")
                    + ", identity checked";
            case MAIL -> "mailed by " + handedOver.carrier() + ", tracking " + handedOver.trackingNumber();
        };
        var e = c.journal.record(CaseAction.DELIVER_CERTIFICATE, c.status, c.status, actor, clock.instant(), how);
        c.journal.publish(new CertificateDelivered(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(),
                e.at(), handedOver.method().name(), handedOver.deliveredOn(), handedOver.carrier(),
                handedOver.trackingNumber()));
    }

    /** 一票制收费: collects the named fees (fee name → amount) under one receipt. */
    void collectFees(String receiptNumber, Map<String, Money> amounts, Actor actor, Clock clock) {
        requireFeeStatus(CaseAction.COLLECT_FEE);
        Instant now = clock.instant();
        fees = fees.collect(receiptNumber, amounts, LocalDate.ofInstant(now, clock.getZone()), actor.username());
        FeeCollection collected = fees.collection();
        var e = c.journal.record(CaseAction.COLLECT_FEE, c.status, c.status, actor, now, "receipt "
                + collected.receiptNumber() + ": " + collected.amount() + " (catalog " + collected.catalogAmount() + ")");
        c.journal.publish(new FeeCollected(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(), e.at(),
                collected.receiptNumber(), collected.amount().yuan(), collected.catalogAmount().yuan(),
                collected.feeNames()));
    }

    /** 减免: waives one of the item's fees, before collection. */
    void waiveFee(String feeName, String reason, Actor actor, Clock clock) {
        requireFeeStatus(CaseAction.WAIVE_FEE);
        fees = fees.waive(feeName, reason);
        FeeLine waived = fees.line(feeName);
        var e = c.journal.record(CaseAction.WAIVE_FEE, c.status, c.status, actor, clock.instant(),
                waived.name() + " " + waived.catalogAmount() + " waived: " + waived.waiverReason());
        c.journal.publish(new FeeWaived(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(), e.at(),
                waived.name(), waived.catalogAmount().yuan(), waived.waiverReason()));
    }

    /** 退费: refunds collected fees, once, whatever became of the case. */
    void refundFees(Money amount, String reason, Actor actor, Clock clock) {
        Instant now = clock.instant();
        fees = fees.refund(amount, reason, LocalDate.ofInstant(now, clock.getZone()), actor.username());
        FeeRefund refund = fees.refund();
        var e = c.journal.record(CaseAction.REFUND_FEE, c.status, c.status, actor, now,
                refund.amount() + " refunded: " + refund.reason());
        c.journal.publish(new FeeRefunded(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(), e.at(),
                fees.collection().receiptNumber(), refund.amount().yuan(), refund.reason()));
    }

    /** Fees are taken and waived while the case is handled or decided, never on a refused or withdrawn one. */
    private void requireFeeStatus(CaseAction action) {
        if (c.status == CaseStatus.REFUSED || c.status == CaseStatus.WITHDRAWN) {
            throw new CaseNotInExpectedState(action, c.status);
        }
    }

    Certificate certificate() {
        return certificate;
    }

    Delivery delivery() {
        return delivery;
    }

    CaseFees fees() {
        return fees;
    }
}
