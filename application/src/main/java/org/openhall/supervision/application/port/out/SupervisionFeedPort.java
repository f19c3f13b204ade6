package org.openhall.supervision.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The line to the regional electronic supervision system (电子监察系统数据上报): delivers one feed event.
 *
 * <p>Delivery is at least once and idempotent by {@link SupervisionFeedEvent#id()}: the receiver
 * de-duplicates, so a resend after a lost acknowledgement does no harm. A send that does not reach the
 * receiver throws; the caller then keeps the event for a later attempt.
 */
@SecondaryPort
public interface SupervisionFeedPort {

    /**
     * Sends the event, retrying briefly inside this one call.
     *
     * @throws SupervisionFeedUnavailable when the receiver could not be reached or did not accept it
     */
    void send(SupervisionFeedEvent event);

    /** The transport's name for logs and metrics: {@code http}, {@code amqp}, {@code log} or {@code none}. */
    String transport();
}
