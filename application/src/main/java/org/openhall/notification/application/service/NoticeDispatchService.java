package org.openhall.notification.application.service;

import java.time.Clock;
import java.util.List;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.notification.application.port.in.DispatchNoticesUseCase;
import org.openhall.notification.application.port.in.DispatchReport;
import org.openhall.notification.application.port.out.NoticeRepository;
import org.openhall.notification.application.port.out.OutgoingSms;
import org.openhall.notification.application.port.out.Reconciliation;
import org.openhall.notification.application.port.out.SendOutcome;
import org.openhall.notification.application.port.out.SmsPort;
import org.openhall.notification.domain.Notice;
import org.openhall.notification.domain.NoticeState;
import org.openhall.notification.domain.RetryPolicy;
import org.springframework.transaction.annotation.Transactional;

/**
 * One dispatch round: locks the due notices (others' locked rows are skipped, so dispatchers on
 * several nodes never share a notice), asks the gateway about notices whose answer was lost before
 * anything is sent again, sends the rest under their idempotency key, and stores each outcome.
 *
 * <p>The gateway is called inside the round's transaction. Should the commit fail after the gateway
 * accepted, the notice is sent again under the same key: at-least-once, and the key lets the gateway
 * drop the duplicate.
 */
@Application
public class NoticeDispatchService implements DispatchNoticesUseCase {

    private final NoticeRepository notices;
    private final SmsPort gateway;
    private final SmsTemplateCatalog templates;
    private final RetryPolicy retry;
    private final Clock clock;

    public NoticeDispatchService(NoticeRepository notices, SmsPort gateway, SmsTemplateCatalog templates,
            NotificationSettings settings, Clock clock) {
        this.notices = notices;
        this.gateway = gateway;
        this.templates = templates;
        this.retry = settings.retry();
        this.clock = clock;
    }

    @Override
    @Transactional
    public DispatchReport dispatchDue(int batchSize) {
        List<Notice> due = notices.lockDue(clock.instant(), batchSize);
        Tally tally = new Tally();
        for (Notice notice : due) {
            if (notice.needsReconciliation() && !reconcile(notice, tally)) {
                notices.update(notice);
                continue;
            }
            send(notice, tally);
            notices.update(notice);
        }
        return tally.report();
    }

    /** True when the notice may now be sent (the gateway never had it). */
    private boolean reconcile(Notice notice, Tally tally) {
        Reconciliation answer = gateway.query(notice.getId().toString(), notice.gatewayMessageId());
        switch (answer) {
            case Reconciliation.Received r -> {
                notice.reconciledAsReceived(r.messageId(), r.delivered(), clock);
                tally.reconciled++;
                return false;
            }
            case Reconciliation.NotReceived n -> {
                notice.reconciledAsNotReceived(clock);
                tally.reconciled++;
                return true;
            }
            case Reconciliation.Inconclusive i -> {
                notice.reconciliationInconclusive(i.reason(), true, retry, clock);
            }
            case Reconciliation.Unsupported u -> {
                notice.reconciliationInconclusive(u.reason(), false, retry, clock);
            }
        }
        if (notice.state() == NoticeState.REVIEW) {
            tally.toReview++;
        } else {
            tally.uncertain++;
        }
        return false;
    }

    private void send(Notice notice, Tally tally) {
        OutgoingSms sms = new OutgoingSms(notice.getId().toString(), notice.phone().value(), notice.text(),
                templates.signature(), notice.templateKey(), notice.vendorCode(), notice.variables());
        SendOutcome outcome;
        try {
            outcome = gateway.send(sms);
        } catch (RuntimeException e) {
            // An adapter that throws has not said the message stayed home: treat it as unknown.
            outcome = new SendOutcome.Unknown(e.getClass().getSimpleName());
        }
        switch (outcome) {
            case SendOutcome.Accepted a -> {
                notice.accepted(a.messageId(), clock);
                tally.sent++;
            }
            case SendOutcome.NotSent n -> {
                notice.notSent(n.reason(), retry, clock);
                if (notice.state() == NoticeState.FAILED) {
                    tally.failed++;
                } else {
                    tally.retryLater++;
                }
            }
            case SendOutcome.Rejected r -> {
                notice.rejected(r.reason());
                tally.failed++;
            }
            case SendOutcome.Unknown u -> {
                notice.outcomeUnknown(u.reason(), retry, clock);
                tally.uncertain++;
            }
        }
    }

    private static final class Tally {
        int sent;
        int retryLater;
        int failed;
        int uncertain;
        int reconciled;
        int toReview;

        DispatchReport report() {
            return new DispatchReport(sent, retryLater, failed, uncertain, reconciled, toReview);
        }
    }
}
