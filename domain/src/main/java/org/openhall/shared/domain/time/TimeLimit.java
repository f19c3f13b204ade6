package org.openhall.shared.domain.time;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * A time limit set by law or by a service guide (法定时限 / 承诺时限), e.g. the 20 working days
 * of Administrative Licensing Law Art. 42 to decide on a licence, or the 5 working days of
 * Art. 32 for the one-time notice of missing materials (一次性告知).
 *
 * <p>Invariant: the amount is zero or more. Zero means "on the spot" (当场办结): due on day 0.
 */
@ValueObject
public record TimeLimit(int amount, LimitUnit unit) {

    public TimeLimit {
        if (amount < 0) {
            throw new InvalidValue("amount", "must not be negative");
        }
        if (unit == null) {
            throw new InvalidValue("unit", "must be given");
        }
    }

    public static TimeLimit workingDays(int amount) {
        return new TimeLimit(amount, LimitUnit.WORKING_DAYS);
    }

    public static TimeLimit calendarDays(int amount) {
        return new TimeLimit(amount, LimitUnit.CALENDAR_DAYS);
    }

    /** This limit lengthened by {@code amount} more days of the same unit. */
    public TimeLimit plus(int amount) {
        return new TimeLimit(Math.addExact(this.amount, amount), unit);
    }

    @Override
    public String toString() {
        return amount + (unit == LimitUnit.WORKING_DAYS ? " working days" : " calendar days");
    }
}
