package org.openhall.shared.domain.time;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * One line of a deadline's explanation: a day and what the clock made of it.
 *
 * <p>Invariants: a counted day has its ordinal (1 for the first counted day, n for the
 * due date); every other day has ordinal 0.
 *
 * @param date the day
 * @param verdict whether and why it counted
 * @param ordinal 1..n for a counted day, else 0
 * @param makeUpWorkday whether the day is an official make-up working day (调休上班日)
 * @param note the holiday's name, or the pause's kind and legal basis; otherwise {@code null}
 */
@ValueObject
public record ExplainedDay(LocalDate date, DayVerdict verdict, int ordinal, boolean makeUpWorkday, String note) {

    public ExplainedDay {
        if (date == null) {
            throw new InvalidValue("date", "must be given");
        }
        if (verdict == null) {
            throw new InvalidValue("verdict", "must be given");
        }
        if (verdict == DayVerdict.COUNTED ? ordinal < 1 : ordinal != 0) {
            throw new InvalidValue("ordinal", "is 1 or more for a counted day and 0 otherwise");
        }
    }
}
