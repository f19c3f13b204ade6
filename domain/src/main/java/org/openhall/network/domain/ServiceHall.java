package org.openhall.network.domain;


import org.jmolecules.ddd.types.AggregateRoot;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.AdministrativeLevel;

/**
 * A hall of the service network (政务服务大厅/站): the city centre, a township centre or a village
 * station. Invariant: the city centre has no parent; a township belongs to the city centre, a
 * village station to a township centre (checked by whoever registers it against the parent's
 * level, see {@link #requireParentLevel(AdministrativeLevel)}).
 */
public final class ServiceHall implements AggregateRoot<ServiceHall, HallCode> {

    private final HallCode code;
    private final String name;
    private final AdministrativeLevel level;
    private final HallCode parent;

    private ServiceHall(HallCode code, String name, AdministrativeLevel level, HallCode parent) {
        if (code == null || level == null) {
            throw new InvalidValue("hall", "code and level are required");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValue("hall.name", "must not be blank");
        }
        if ((level == AdministrativeLevel.CITY) != (parent == null)) {
            throw new InvalidValue("hall.parent", "the city centre has no parent; every other hall has one");
        }
        this.code = code;
        this.name = name.strip();
        this.level = level;
        this.parent = parent;
    }

    public static ServiceHall of(HallCode code, String name, AdministrativeLevel level, HallCode parent) {
        return new ServiceHall(code, name, level, parent);
    }

    /** Checks that a hall of {@code parentLevel} may be this hall's parent. */
    public void requireParentLevel(AdministrativeLevel parentLevel) {
        if (level.parentLevel() != parentLevel) {
            throw new InvalidValue("hall.parent", "a " + level + " hall belongs to a " + level.parentLevel() + " hall");
        }
    }

    @Override
    public HallCode getId() {
        return code;
    }

    public HallCode code() {
        return code;
    }

    public String name() {
        return name;
    }

    public AdministrativeLevel level() {
        return level;
    }

    public HallCode parent() {
        return parent;
    }
}
