package org.openhall.notification.adapter.out.sms;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.notification.application.port.out.OutgoingSms;
import org.openhall.notification.application.port.out.Reconciliation;
import org.openhall.notification.application.port.out.SendOutcome;
import org.openhall.notification.application.port.out.SmsPort;

/**
 * The demo gateway: writes each message to the log (number masked) instead of sending it, and
 * accepts it under its idempotency key. Nothing reaches a phone.
 */
@SecondaryAdapter
public class LoggingSmsAdapter implements SmsPort {

    private static final System.Logger LOG = System.getLogger(LoggingSmsAdapter.class.getName());

    private final Set<String> accepted = ConcurrentHashMap.newKeySet();

    @Override
    public SendOutcome send(OutgoingSms sms) {
        if (accepted.add(sms.idempotencyKey())) {
            LOG.log(System.Logger.Level.INFO, "SMS {0} (not sent, log gateway): {1}", sms, sms.text());
        }
        return new SendOutcome.Accepted(sms.idempotencyKey());
    }

    @Override
    public Reconciliation query(String idempotencyKey, String messageId) {
        return accepted.contains(idempotencyKey) ? new Reconciliation.Received(idempotencyKey, null)
                : new Reconciliation.NotReceived();
    }
}
