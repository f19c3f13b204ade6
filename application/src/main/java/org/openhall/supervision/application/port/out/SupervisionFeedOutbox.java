package org.openhall.supervision.application.port.out;

import java.time.Instant;
import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The feed's outbox and log in one (上报队列与上报记录): every case event and warning the regional
 * supervision system is owed, appended in the transaction of the change that caused it as the CloudEvent
 * that will be sent, and kept as it is once delivered, so that a period can be sent again unchanged.
 *
 * <p>Entries are ordered by a position the outbox hands out when it appends. A case's later event is
 * always appended by a later transaction, one that began after the earlier one committed (the case's
 * version check makes concurrent changes of one case fail), or later within the same transaction; so
 * among committed entries the position order keeps each case's order.
 */
@SecondaryPort
public interface SupervisionFeedOutbox {

    /**
     * Appends an event, owed from the caller's commit on, in the caller's transaction; an id appended
     * before is kept as it was (and not owed again).
     */
    void append(SupervisionFeedEvent event);

    /**
     * Takes the relay's turn for the caller's transaction, without waiting: {@code false} while another
     * relay (another instance of the centre) holds it. One relay at a time keeps the order across
     * batches; the turn ends with the transaction.
     */
    boolean takeRelayTurn();

    /** Up to {@code limit} entries not yet delivered, in position order. */
    List<PendingFeedEntry> undelivered(int limit);

    /**
     * Marks the entries delivered, in one statement for the batch. An entry stored as its CloudEvent is
     * left as it is; one appended in the old form keeps the CloudEvent it was sent as.
     */
    void markDelivered(List<DeliveredFeedEntry> delivered);

    /**
     * The delivered events that happened in [from, to), in the order they happened, each case's in its
     * sequence, as they were sent.
     */
    List<SupervisionFeedEvent> deliveredBetween(Instant from, Instant to);
}
