package org.openhall.notification.adapter.out.sms;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;
import org.openhall.notification.application.port.in.RecordDeliveryReportCommand;
import org.openhall.notification.application.port.in.RecordDeliveryReportUseCase;

/**
 * What the SMS centre sends OpenHall on the SMPP bind: final delivery receipts ({@code deliver_sm} with
 * the receipt flag) are recorded on their notice by the SMSC's message id; intermediate ones and
 * mobile-originated replies are ignored. A receipt can overtake the commit that stores its message id:
 * an unmatched one is tried again every 3 seconds, 20 times (in memory).
 */
@PrimaryAdapter
public class SmppDeliveryReceipts implements MessageReceiverListener, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SmppDeliveryReceipts.class.getName());
    private static final int RETRIES = 20;

    private final RecordDeliveryReportUseCase reports;
    private final Queue<PendingReceipt> unmatched = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "smpp-receipt-retry");
        t.setDaemon(true);
        return t;
    });

    public SmppDeliveryReceipts(RecordDeliveryReportUseCase reports) {
        this.reports = reports;
        retries.scheduleWithFixedDelay(this::retryUnmatched, 3, 3, TimeUnit.SECONDS);
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        if (!deliverSm.isSmscDeliveryReceipt()) {
            return; // a mobile-originated reply; OpenHall takes no SMS input yet
        }
        DeliveryReceipt receipt;
        try {
            receipt = deliverSm.getShortMessageAsDeliveryReceipt();
        } catch (InvalidDeliveryReceiptException e) {
            LOG.log(System.Logger.Level.WARNING, "Unreadable delivery receipt ignored");
            return;
        }
        DeliveryReceiptState state = receipt.getFinalStatus();
        if (state == DeliveryReceiptState.ENROUTE || state == DeliveryReceiptState.ACCEPTD) {
            return; // not final yet
        }
        record(new PendingReceipt(receipt.getId(), state == DeliveryReceiptState.DELIVRD, state.name(), 0));
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        // nothing waits for a phone to become reachable
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    private void record(PendingReceipt receipt) {
        boolean matched;
        try {
            matched = reports.record(new RecordDeliveryReportCommand(receipt.messageId(), null, receipt.delivered(),
                    receipt.status()));
        } catch (RuntimeException e) {
            matched = false;
        }
        if (!matched && receipt.tries() < RETRIES) {
            unmatched.add(new PendingReceipt(receipt.messageId(), receipt.delivered(), receipt.status(),
                    receipt.tries() + 1));
        } else if (!matched) {
            LOG.log(System.Logger.Level.WARNING, "Delivery receipt for unknown SMSC message {0} dropped",
                    receipt.messageId());
        }
    }

    private void retryUnmatched() {
        for (int n = unmatched.size(); n > 0; n--) {
            PendingReceipt receipt = unmatched.poll();
            if (receipt == null) {
                return;
            }
            record(receipt);
        }
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }

    private record PendingReceipt(String messageId, boolean delivered, String status, int tries) {
    }
}
