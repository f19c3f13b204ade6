package org.openhall.network.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jmolecules.ddd.types.AggregateRoot;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.AdministrativeLevel;

/**
 * A hall of the service network (政务服务大厅/站): the city centre, a township centre or a village
 * station, where it is, when it is open, and which items citizens can bring there.
 *
 * <p>Invariants: the city centre has no parent; a township belongs to the city centre, a village
 * station to a township centre (checked by whoever registers it against the parent's level, see
 * {@link #requireParentLevel(AdministrativeLevel)}); an item is listed once. Address and opening
 * hours are free text as the centre publishes them (e.g. {@code 周一至周五 9:00—12:00，14:30—17:30}),
 * optional, at most {@value #MAX_TEXT} characters. Items are kept in code order, so that two halls
 * with the same items are equal.
 */
public final class ServiceHall implements AggregateRoot<ServiceHall, HallCode> {

    static final int MAX_TEXT = 200;

    private final HallCode code;
    private final String name;
    private final AdministrativeLevel level;
    private final HallCode parent;
    private final String address;
    private final String openingHours;
    private final List<ApprovalItemCode> items;

    private ServiceHall(HallCode code, String name, AdministrativeLevel level, HallCode parent, String address,
            String openingHours, List<ApprovalItemCode> items) {
        if (code == null || level == null) {
            throw new InvalidValue("hall", "code and level are required");
        }
        if ((level == AdministrativeLevel.CITY) != (parent == null)) {
            throw new InvalidValue("hall.parent", "the city centre has no parent; every other hall has one");
        }
        if (code.equals(parent)) {
            throw new InvalidValue("hall.parent", "a hall cannot be its own parent");
        }
        Set<ApprovalItemCode> seen = new HashSet<>();
        for (ApprovalItemCode item : items == null ? List.<ApprovalItemCode>of() : items) {
            if (item == null) {
                throw new InvalidValue("hall.items", "an item code is required");
            }
            if (!seen.add(item)) {
                throw new InvalidValue("hall.items", "item " + item.value() + " appears twice");
            }
        }
        this.code = code;
        this.name = Text.required("hall.name", name, MAX_TEXT);
        this.level = level;
        this.parent = parent;
        this.address = Text.optional("hall.address", address, MAX_TEXT);
        this.openingHours = Text.optional("hall.openingHours", openingHours, MAX_TEXT);
        this.items = seen.stream().sorted(Comparator.comparing(ApprovalItemCode::value)).toList();
    }

    /** A hall without address, hours or items yet. */
    public static ServiceHall of(HallCode code, String name, AdministrativeLevel level, HallCode parent) {
        return new ServiceHall(code, name, level, parent, null, null, List.of());
    }

    /** A hall with everything the public is told about it; also how a stored hall is rebuilt. */
    public static ServiceHall of(HallCode code, String name, AdministrativeLevel level, HallCode parent,
            String address, String openingHours, List<ApprovalItemCode> items) {
        return new ServiceHall(code, name, level, parent, address, openingHours, items);
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

    /** Where the hall is, or {@code null} if not published. */
    public String address() {
        return address;
    }

    /** When it is open (办公时间), as published, or {@code null}. */
    public String openingHours() {
        return openingHours;
    }

    /** The items that can be brought to this hall, in code order. */
    public List<ApprovalItemCode> items() {
        return items;
    }
}
