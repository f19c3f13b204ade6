package org.openhall.supervision.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * What the feed still owes the supervision system (待上报): the incomplete publications of the feed's
 * listener in the event publication registry.
 */
@SecondaryPort
public interface SupervisionFeedBacklog {

    /**
     * Whether an event of the case with a lower sequence is still undelivered. The feed sends a case's
     * events in sequence order, so such an event holds back the later ones.
     */
    boolean hasEarlierUndelivered(String caseId, int sequence);
}
