package org.openhall.supervision.application.port.in;

/**
 * What one relay round did.
 *
 * @param sent       events the supervision system took
 * @param stopped    whether an event was not taken (or could not be read): it and all later ones wait for
 *                   the next round
 * @param batchFull  whether the round read a full batch, so that more may be waiting right now
 * @param turnTaken  {@code false} when another instance was relaying and this round did nothing
 */
public record SupervisionFeedRelayRound(int sent, boolean stopped, boolean batchFull, boolean turnTaken) {

    /** Whether the next round should follow at once rather than after the interval. */
    public boolean moreWaiting() {
        return turnTaken && batchFull && !stopped;
    }
}
