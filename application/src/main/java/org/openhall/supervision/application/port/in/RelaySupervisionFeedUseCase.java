package org.openhall.supervision.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Relays the next batch of the feed's outbox to the regional supervision system (数据上报), in order:
 * the scheduler calls it every few hundred milliseconds and after each change that appended to it.
 */
@PrimaryPort
public interface RelaySupervisionFeedUseCase {

    /** Sends up to {@code batchSize} undelivered events in order, stopping at the first one not taken. */
    SupervisionFeedRelayRound relay(int batchSize);
}
