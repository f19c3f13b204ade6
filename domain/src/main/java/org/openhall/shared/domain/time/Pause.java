package org.openhall.shared.domain.time;

import java.time.LocalDate;
import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * A stretch of days that does not count against a case's time limit (中止计时 / 扣除时间),
 * e.g. an expert review (Administrative Licensing Law Art. 45).
 *
 * <p>Both ends are included: a pause from Monday to Wednesday removes three days. While the
 * step is still under way the pause is open ({@code to == null}); an open pause lasts until
 * it is closed, and a question about the clock then has to say which day it is asked on.
 *
 * <p>Invariants: {@code from} and {@code kind} are given, {@code to} is not before
 * {@code from}, and the legal basis (the article that excludes the time) is not blank.
 *
 * @param from the first paused day
 * @param to the last paused day, or {@code null} while the pause is open
 * @param kind why the clock stands still
 * @param legalBasis the rule that excludes the time, e.g. 《行政许可法》第四十五条
 */
@ValueObject
public record Pause(LocalDate from, LocalDate to, PauseKind kind, String legalBasis) {

    public Pause {
        if (from == null) {
            throw new InvalidValue("from", "must be given");
        }
        if (to != null && to.isBefore(from)) {
            throw new InvalidValue("to", "must not be before from");
        }
        if (kind == null) {
            throw new InvalidValue("kind", "must be given");
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            throw new InvalidValue("legalBasis", "must name the rule that excludes the time");
        }
        legalBasis = legalBasis.strip();
    }

    /** A pause from {@code from} that has not ended yet. */
    public static Pause open(LocalDate from, PauseKind kind, String legalBasis) {
        return new Pause(from, null, kind, legalBasis);
    }

    /** A pause from {@code from} to {@code to}, both included. */
    public static Pause closed(LocalDate from, LocalDate to, PauseKind kind, String legalBasis) {
        if (to == null) {
            throw new InvalidValue("to", "must be given");
        }
        return new Pause(from, to, kind, legalBasis);
    }

    public boolean isOpen() {
        return to == null;
    }

    /** The last paused day, if the pause has ended. */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(to);
    }

    /** This pause, ended on {@code to}. */
    public Pause closedOn(LocalDate to) {
        if (to == null) {
            throw new InvalidValue("to", "must be given");
        }
        return new Pause(from, to, kind, legalBasis);
    }

    /** Whether the two pauses share a day; an open pause reaches to the end of time. */
    public boolean overlaps(Pause other) {
        return (to == null || !other.from.isAfter(to)) && (other.to == null || !from.isAfter(other.to));
    }

    /** The note an explanation shows on a paused day: kind and legal basis. */
    String note() {
        return kind + " (" + legalBasis + ")";
    }
}
