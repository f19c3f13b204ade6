package org.openhall.shared.domain.time;

import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * A deadline shown day by day (期限计算说明): every day from day 0 to the due date with what
 * the clock made of it, so that anyone can check the count against the holiday notice.
 *
 * <p>Invariants: the days run without gaps from day 0, which is the only {@code START}
 * day, to the due date.
 *
 * @param day0 the day the clock started
 * @param limit the limit as set, without extensions
 * @param extensionDays the working days added by approved extensions
 * @param days day 0 to the due date, in order
 * @param deadline the resulting deadline
 */
@ValueObject
public record DeadlineExplanation(LocalDate day0, TimeLimit limit, int extensionDays, List<ExplainedDay> days, Deadline deadline) {

    public DeadlineExplanation {
        if (day0 == null || limit == null || days == null || deadline == null) {
            throw new InvalidValue("explanation", "day0, limit, days and deadline must be given");
        }
        if (extensionDays < 0) {
            throw new InvalidValue("extensionDays", "must not be negative");
        }
        days = List.copyOf(days);
        if (days.isEmpty() || !days.getFirst().date().equals(day0) || days.getFirst().verdict() != DayVerdict.START) {
            throw new InvalidValue("days", "must start with day 0");
        }
        if (!days.getLast().date().equals(deadline.dueDate())) {
            throw new InvalidValue("days", "must end on the due date");
        }
        for (int i = 1; i < days.size(); i++) {
            if (!days.get(i).date().equals(days.get(i - 1).date().plusDays(1)) || days.get(i).verdict() == DayVerdict.START) {
                throw new InvalidValue("days", "must follow day 0 one by one");
            }
        }
    }

    /** How many days counted against the limit: the limit plus extensions. */
    public long countedDays() {
        return count(DayVerdict.COUNTED);
    }

    /** The official make-up working days (调休上班日) that counted. */
    public List<ExplainedDay> makeUpDaysCounted() {
        return days.stream().filter(day -> day.verdict() == DayVerdict.COUNTED && day.makeUpWorkday()).toList();
    }

    /** The days on which the clock stood still. */
    public List<ExplainedDay> pausedDays() {
        return days.stream().filter(day -> day.verdict() == DayVerdict.PAUSED).toList();
    }

    /**
     * One line for a case file or a tooltip, e.g. "2026-09-18 + 20 working days →
     * 2026-10-22; counted 20, skipped 14 (weekend 4, holiday 10), paused 0; make-up days
     * counted: 2026-09-20, 2026-10-10".
     */
    public String summary() {
        StringBuilder summary = new StringBuilder()
                .append(day0).append(" + ").append(limit);
        if (extensionDays > 0) {
            summary.append(" + ").append(extensionDays).append(" extension");
        }
        long weekend = count(DayVerdict.WEEKEND);
        long holiday = count(DayVerdict.PUBLIC_HOLIDAY);
        summary.append(" → ").append(deadline.dueDate())
                .append("; counted ").append(countedDays())
                .append(", skipped ").append(weekend + holiday)
                .append(" (weekend ").append(weekend).append(", holiday ").append(holiday).append(')')
                .append(", paused ").append(count(DayVerdict.PAUSED));
        List<ExplainedDay> makeUpDays = makeUpDaysCounted();
        if (!makeUpDays.isEmpty()) {
            StringJoiner dates = new StringJoiner(", ", "; make-up days counted: ", "");
            makeUpDays.forEach(day -> dates.add(day.date().toString()));
            summary.append(dates);
        }
        if (deadline.provisional()) {
            summary.append("; provisional: ").append(deadline.provisionalReason());
        }
        return summary.toString();
    }

    private long count(DayVerdict verdict) {
        return days.stream().filter(day -> day.verdict() == verdict).count();
    }
}
