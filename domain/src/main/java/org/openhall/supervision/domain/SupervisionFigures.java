package org.openhall.supervision.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * Computes the efficiency figures (效能统计) of a period from the cases completed in it and the
 * warnings and cards raised in it. A case's handling time runs from acceptance to completion in
 * working days, less the working days it was paused for a special procedure or a supplement: time
 * the law does not count (Administrative Licensing Law Art. 45) is not held against the department.
 * Whether a case was on time is the servicecase context's verdict on the watched limit, which
 * already leaves paused days out.
 */
public final class SupervisionFigures {

    private SupervisionFigures() {
    }

    public static List<FigureLine> compute(FigureDimension by, Collection<SupervisedCaseSnapshot> completed,
            Collection<CardFact> cards, WatchedDeadline watched, WorkingDayCalendar calendar) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (SupervisedCaseSnapshot c : completed) {
            boolean onTime = Boolean.TRUE.equals(watched == WatchedDeadline.PROMISED ? c.withinPromisedLimit()
                    : c.withinStatutoryLimit());
            Integer days = handlingWorkingDays(c, calendar);
            for (String key : keys(by, c.department(), c.itemCode(), c.handlers())) {
                tallies.computeIfAbsent(key, k -> new Tally()).completed(onTime, days);
            }
        }
        for (CardFact card : cards) {
            for (String key : keys(by, card.department(), card.itemCode(), card.handlers())) {
                tallies.computeIfAbsent(key, k -> new Tally()).card(card.level());
            }
        }
        List<FigureLine> lines = new ArrayList<>();
        tallies.forEach((key, t) -> lines.add(t.line(key)));
        return lines;
    }

    /** Working days from acceptance (day 0) to completion, paused working days left out; null when not accepted. */
    public static Integer handlingWorkingDays(SupervisedCaseSnapshot c, WorkingDayCalendar calendar) {
        if (c.acceptedOn() == null || c.closedOn() == null) {
            return null;
        }
        LocalDate end = c.closedOn();
        int days = calendar.workingDaysBetween(c.acceptedOn(), end);
        for (CasePause pause : c.pauses()) {
            LocalDate from = pause.from().isAfter(c.acceptedOn()) ? pause.from() : c.acceptedOn().plusDays(1);
            LocalDate to = pause.to() == null || pause.to().isAfter(end) ? end : pause.to();
            if (!to.isBefore(from)) {
                days -= calendar.workingDaysBetween(from.minusDays(1), to);
            }
        }
        return Math.max(days, 0);
    }

    private static List<String> keys(FigureDimension by, String department, String itemCode,
            Collection<String> handlers) {
        return switch (by) {
            case DEPARTMENT -> List.of(department);
            case ITEM -> List.of(itemCode == null ? "" : itemCode);
            case STAFF -> List.copyOf(handlers);
        };
    }

    private static final class Tally {
        int completed;
        int onTime;
        int measured;
        long handlingDays;
        int warnings;
        int yellow;
        int red;

        void completed(boolean inTime, Integer days) {
            completed++;
            if (inTime) {
                onTime++;
            }
            if (days != null) {
                measured++;
                handlingDays += days;
            }
        }

        void card(WarningLevel level) {
            switch (level) {
                case WARNING -> warnings++;
                case YELLOW_CARD -> yellow++;
                case RED_CARD -> red++;
            }
        }

        FigureLine line(String key) {
            BigDecimal rate = completed == 0 ? null
                    : BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(completed), 1, RoundingMode.HALF_UP);
            BigDecimal average = measured == 0 ? null
                    : BigDecimal.valueOf(handlingDays).divide(BigDecimal.valueOf(measured), 1, RoundingMode.HALF_UP);
            return new FigureLine(key, completed, onTime, rate, average, completed - onTime, warnings, yellow, red);
        }
    }
}
