package org.openhall.catalog.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * When a version of an item is in force (有效期): from its first day to its last day, both
 * inclusive, or open-ended while no later version has replaced it.
 *
 * <p>A period may be empty — its last day the day before its first — when a version was replaced
 * on the very day it was to take effect: it was never in force, but a case received under it
 * still refers to it.
 *
 * @param from the first day in force
 * @param to   the last day in force, or {@code null} while open-ended
 */
@ValueObject
public record ValidityPeriod(LocalDate from, LocalDate to) {

    public ValidityPeriod {
        if (from == null) {
            throw new InvalidValue("validFrom", "must not be empty");
        }
        if (to != null && to.isBefore(from.minusDays(1))) {
            throw new InvalidValue("validTo", "must not be before the day before validFrom");
        }
    }

    /** In force from {@code from} until replaced. */
    public static ValidityPeriod from(LocalDate from) {
        return new ValidityPeriod(from, null);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    public boolean isOpen() {
        return to == null;
    }

    /** Whether the version was replaced before it took effect. */
    public boolean isEmpty() {
        return to != null && to.isBefore(from);
    }

    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(to);
    }

    /** The same period ending the day before {@code next} begins, when {@code next} starts a later version. */
    public ValidityPeriod endingBefore(LocalDate next) {
        if (next.isBefore(from)) {
            throw new InvalidValue("validFrom", "a later version cannot begin before this one");
        }
        LocalDate last = next.minusDays(1);
        return new ValidityPeriod(from, to != null && to.isBefore(last) ? to : last);
    }
}
