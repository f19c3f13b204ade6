package org.openhall.complaint.domain.rating;

/**
 * Where a rating was given (评价渠道). One service event may be rated once on each channel (一次一评):
 * the window evaluator right after the service, and later by the link sent to the applicant.
 */
public enum RatingChannel {
    /** 窗口评价器: the device on the window's counter, recorded by the clerk's session. */
    WINDOW,
    /** 网上评价: the public portal, with the rating code sent to the applicant. */
    PORTAL,
    /** 短信评价: the applicant's answer to the rating SMS, with its rating code. */
    SMS,
    /** 移动端评价: the mobile app or mini program, with the rating code. */
    APP,
    /** 回访评价: given on the centre's follow-up call (hotline), recorded by the operator or supervisor. */
    HOTLINE;

    /** Channels on which the rater proves who they are with a rating code and their phone. */
    public boolean byInvitation() {
        return this == PORTAL || this == SMS || this == APP;
    }
}
