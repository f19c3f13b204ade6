package org.openhall.complaint.application.port.in;

import org.openhall.complaint.domain.rating.RatingChannel;

/**
 * A citizen rates with the rating code they received: {@code phone} is their whole phone number or its last
 * four digits; {@code channel} PORTAL, SMS or APP; {@code level} 5 (非常满意) … 1 (非常不满意).
 */
public record RateWithCodeCommand(String code, String phone, RatingChannel channel, int level, String comment) {

    /** The phone and code stay out of logs. */
    @Override
    public String toString() {
        return "RateWithCodeCommand[" + channel + ", " + level + "]";
    }
}
