package org.openhall.supervision.application.port.in;

/** A step on a card with its reasons: contest, dismissal of the contest, revocation. */
public record CardDecisionCommand(String warningId, String reason) {
}
