package org.openhall.network.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jmolecules.ddd.types.AggregateRoot;
import org.openhall.shared.domain.InvalidValue;

/**
 * A staff member's recorded absence (请假/外出) from {@code from} to {@code to}, both days included.
 * While it lasts the staff member does not serve their posts, and the window's B post acts for
 * the A post.
 *
 * <p>Invariants: the period does not end before it starts; the reason is given; who recorded it
 * and when is kept with it. An absence is a fact once recorded: it is not edited, a correction is
 * a new record.
 */
public final class Absence implements AggregateRoot<Absence, AbsenceId> {

    static final int MAX_REASON = 500;

    private final AbsenceId id;
    private final StaffUsername staff;
    private final LocalDate from;
    private final LocalDate to;
    private final String reason;
    private final String recordedBy;
    private final Instant recordedAt;

    private Absence(AbsenceId id, StaffUsername staff, LocalDate from, LocalDate to, String reason, String recordedBy,
            Instant recordedAt) {
        if (id == null || staff == null) {
            throw new InvalidValue("absence", "id and staff are required");
        }
        if (from == null || to == null) {
            throw new InvalidValue("absence.period", "first and last day are required");
        }
        if (to.isBefore(from)) {
            throw new InvalidValue("absence.to", "must not be before the first day " + from, Map.of("from", from));
        }
        if (recordedAt == null) {
            throw new InvalidValue("absence.recordedAt", "is required");
        }
        this.id = id;
        this.staff = staff;
        this.from = from;
        this.to = to;
        this.reason = Text.required("absence.reason", reason, MAX_REASON);
        this.recordedBy = Text.required("absence.recordedBy", recordedBy, 64);
        this.recordedAt = recordedAt;
    }

    /** Records an absence; also how a stored one is rebuilt. */
    public static Absence of(AbsenceId id, StaffUsername staff, LocalDate from, LocalDate to, String reason,
            String recordedBy, Instant recordedAt) {
        return new Absence(id, staff, from, to, reason, recordedBy, recordedAt);
    }

    /** Whether the staff member is away on {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public AbsenceId getId() {
        return id;
    }

    public AbsenceId id() {
        return id;
    }

    public StaffUsername staff() {
        return staff;
    }

    /** The first day away. */
    public LocalDate from() {
        return from;
    }

    /** The last day away, included. */
    public LocalDate to() {
        return to;
    }

    public String reason() {
        return reason;
    }

    /** The user name of whoever recorded it. */
    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
