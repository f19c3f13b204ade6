package org.openhall.supervision.application.service;

/**
 * An event waits because an earlier event of its case is still undelivered. Thrown from the listener so
 * that its publication stays incomplete and is resubmitted once the earlier one went out.
 */
class SupervisionFeedHeldBack extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SupervisionFeedHeldBack(String eventId) {
        super("Event " + eventId + " waits for an earlier event of its case");
    }
}
