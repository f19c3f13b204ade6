package org.openhall.participation.application.port.in;

/** What moderation does with a pending comment. */
public enum ModerationDecision {
    /** Show it to the public, name masked. */
    PUBLISH,
    /** Keep it from the public, with the reason; it stays on record. */
    REJECT
}
