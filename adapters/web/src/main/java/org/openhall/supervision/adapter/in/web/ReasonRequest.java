package org.openhall.supervision.adapter.in.web;

/** The reasons for a step on a card: a contest, its dismissal, a revocation. */
public record ReasonRequest(String reason) {
}
