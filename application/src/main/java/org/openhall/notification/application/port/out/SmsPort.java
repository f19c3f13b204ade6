package org.openhall.notification.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * An SMS gateway (短信网关): an SMS centre over SMPP, a carrier's or cloud vendor's HTTP API, or a log.
 * A county plugs in another gateway by implementing this port.
 *
 * <p>Contract: {@link #send} hands over one message under its idempotency key (the notice id) and
 * tells exactly what is known afterwards — accepted, certainly not sent, refused for good, or unknown
 * (the request left but no answer came). It must never report {@link SendOutcome.NotSent} when the
 * message may have left: that would make a duplicate. {@link #query} asks about an earlier send.
 */
@SecondaryPort
public interface SmsPort {

    SendOutcome send(OutgoingSms sms);

    /** What the gateway knows of the message sent under {@code idempotencyKey} (and {@code messageId}, if any). */
    Reconciliation query(String idempotencyKey, String messageId);
}
