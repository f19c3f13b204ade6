package org.openhall.supervision.application.port.out;

/**
 * The supervision system did not take an event (上报失败): unreachable, or it answered with an error.
 * Not a domain problem: nobody's request failed, the event waits for the next attempt.
 */
public class SupervisionFeedUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SupervisionFeedUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public SupervisionFeedUnavailable(String message) {
        super(message);
    }
}
