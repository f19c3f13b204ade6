package org.openhall.supervision.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Sends the monitoring feed of a period again (补传): every event delivered in it, unchanged and under
 * the same ids, so that the supervision system can fill a gap and de-duplicate what it already has.
 * Supervisors and administrators only.
 */
@PrimaryPort
public interface ReplaySupervisionFeedUseCase {

    SupervisionFeedReplayView replay(ReplaySupervisionFeedCommand command);
}
