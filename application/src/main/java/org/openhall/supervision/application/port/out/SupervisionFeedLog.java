package org.openhall.supervision.application.port.out;

import java.time.Instant;
import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The feed log (上报记录): every event as it was delivered, kept so that a period can be sent again
 * unchanged (same ids, same content) when the supervision system lost data.
 */
@SecondaryPort
public interface SupervisionFeedLog {

    /** Records a delivered event; recording one id twice keeps the first. */
    void record(SupervisionFeedEvent event);

    /** The events that happened in [from, to), in the order they happened, each case's in its sequence. */
    List<SupervisionFeedEvent> happenedBetween(Instant from, Instant to);
}
