package org.openhall.network.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * Who serves a window on one day and in whose stead.
 *
 * @param servedBy who serves: A when present, else B when present, else {@code null}
 * @param actingFor A when B serves, else {@code null}
 * @param status which of the three it is
 */
@ValueObject
public record Duty(StaffUsername servedBy, StaffUsername actingFor, DutyStatus status) {

    public Duty {
        if (status == null) {
            throw new InvalidValue("duty.status", "is required");
        }
        boolean consistent = switch (status) {
            case A_PRESENT -> servedBy != null && actingFor == null;
            case B_ACTING_FOR_A -> servedBy != null && actingFor != null && !servedBy.equals(actingFor);
            case UNATTENDED -> servedBy == null && actingFor == null;
        };
        if (!consistent) {
            throw new InvalidValue("duty", "servedBy and actingFor do not fit status " + status);
        }
    }

    static Duty byA(StaffUsername a) {
        return new Duty(a, null, DutyStatus.A_PRESENT);
    }

    static Duty byBFor(StaffUsername b, StaffUsername a) {
        return new Duty(b, a, DutyStatus.B_ACTING_FOR_A);
    }

    static Duty unattended() {
        return new Duty(null, null, DutyStatus.UNATTENDED);
    }
}
