package org.openhall.supervision.application.service;

/**
 * An outbox entry holds an event the feed cannot map: the relay stops before it, as before an event the
 * receiver did not take, and the backlog's health shows the feed stuck until someone looks.
 */
class UnknownFeedEvent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnknownFeedEvent(long position, Object event) {
        super("Outbox entry " + position + " holds an event the feed does not carry: "
                + event.getClass().getName());
    }
}
