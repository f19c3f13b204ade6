package org.openhall.servicecase.adapter.in.web.track;

import org.openhall.servicecase.application.port.in.CaseTrackNotFound;
import org.openhall.servicecase.application.port.in.PublicCaseTrackQuery;
import org.openhall.servicecase.application.port.in.PublicCaseTrackView;
import org.springframework.stereotype.Component;

/**
 * Public tracking as both public channels (the API and the page) offer it: a blocked source is
 * refused before the case is even looked up, and every not-found counts against its source.
 */
@Component
public class ThrottledCaseTracking {

    private final PublicCaseTrackQuery tracking;
    private final TrackingAttemptLimiter limiter;

    public ThrottledCaseTracking(PublicCaseTrackQuery tracking, TrackingAttemptLimiter limiter) {
        this.tracking = tracking;
        this.limiter = limiter;
    }

    /**
     * @throws TrackingThrottled when {@code source} failed too often lately
     * @throws CaseTrackNotFound when the number is unknown or the check wrong
     */
    public PublicCaseTrackView track(String source, String number, String check) {
        limiter.blockedFor(source).ifPresent(wait -> {
            throw new TrackingThrottled(wait);
        });
        try {
            return tracking.track(number, check);
        } catch (CaseTrackNotFound notFound) {
            limiter.recordFailure(source);
            throw notFound;
        }
    }
}
