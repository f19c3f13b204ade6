package org.openhall.shared.domain.calendar;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How a jurisdiction applies its calendar when counting time limits (计时规则设置).
 *
 * @param makeUpDaysAreWorkingDays whether official make-up working days (调休上班日), e.g.
 *        Sunday 2026-01-04, count as working days. They do by default: the agency is open
 *        and staffed on them, and Administrative Licensing Law Art. 82 excludes only
 *        statutory holidays (法定节假日) from working-day periods. A jurisdiction whose service
 *        centre stays closed on make-up days may switch this off.
 */
@ValueObject
public record CalendarSettings(boolean makeUpDaysAreWorkingDays) {

    private static final CalendarSettings DEFAULTS = new CalendarSettings(true);

    /** Make-up working days count as working days. */
    public static CalendarSettings defaults() {
        return DEFAULTS;
    }
}
