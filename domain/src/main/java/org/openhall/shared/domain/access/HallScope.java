package org.openhall.shared.domain.access;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * Where work is done in the three-level network (办理层级): the hall (服务大厅) by its code and the
 * level of that hall. Staff carry the scope of the hall they work at; a case carries the scope of
 * the hall that holds it (its 属地).
 *
 * <p>Invariant: a township or village scope names its hall, because two township centres are not
 * interchangeable; a city scope may leave the hall unnamed, since the county has one city centre.
 *
 * @param hall the hall's code as text, or {@code null} for the city centre when not named
 * @param level the hall's level
 */
@ValueObject
public record HallScope(String hall, AdministrativeLevel level) {

    /** The city centre (市级中心), hall not named: where staff and cases without a recorded place stand. */
    public static final HallScope CITY = new HallScope(null, AdministrativeLevel.CITY);

    public HallScope {
        if (level == null) {
            throw new InvalidValue("level", "must be given");
        }
        hall = hall == null || hall.isBlank() ? null : hall.strip();
        if (hall == null && level != AdministrativeLevel.CITY) {
            throw new InvalidValue("hall", "a township or village scope names its hall");
        }
    }

    /**
     * Whether staff placed here handle work held at {@code held} (三级分级办理): city staff handle
     * every city case, whichever way the centre's code was recorded; township and village staff
     * only the cases their own hall holds — a higher hall does not reach down, a lower one not up.
     */
    public boolean covers(HallScope held) {
        HallScope work = held == null ? CITY : held;
        if (level == AdministrativeLevel.CITY) {
            return work.level == AdministrativeLevel.CITY;
        }
        return work.level == level && Objects.equals(hall, work.hall);
    }
}
