package org.openhall.complaint.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The county's limits around a ticket's own limit (县域参数 {@code hotline.*}):
 *
 * @param signInWorkingDays     a dispatched ticket is signed in (签收) or returned within these working
 *                              days of the dispatch ({@code hotline.sign-in.working-days}; 0 = the same day)
 * @param reopenWorkingDays     a closed ticket may be reopened (重办) within these working days of its
 *                              closing ({@code hotline.reopen.working-days})
 * @param maxExtensionWorkingDays the most working days one extension may add
 *                              ({@code hotline.extension.max-working-days})
 */
@ValueObject
public record TicketLimits(int signInWorkingDays, int reopenWorkingDays, int maxExtensionWorkingDays) {

    public static final String SIGN_IN = "hotline.sign-in.working-days";
    public static final String REOPEN = "hotline.reopen.working-days";
    public static final String MAX_EXTENSION = "hotline.extension.max-working-days";

    public TicketLimits {
        check(SIGN_IN, signInWorkingDays, 0);
        check(REOPEN, reopenWorkingDays, 0);
        check(MAX_EXTENSION, maxExtensionWorkingDays, 1);
    }

    /** Where a county sets nothing: sign in within 1 working day, reopen within 10, extend by at most 10. */
    public static TicketLimits defaults() {
        return new TicketLimits(1, 10, 10);
    }

    private static void check(String key, int value, int min) {
        if (value < min || value > TicketClass.MAX_WORKING_DAYS) {
            throw new InvalidValue(key, "must be from " + min + " to " + TicketClass.MAX_WORKING_DAYS);
        }
    }
}
