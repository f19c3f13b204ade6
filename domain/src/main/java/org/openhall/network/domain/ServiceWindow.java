package org.openhall.network.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jmolecules.ddd.types.AggregateRoot;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * A window of a hall (窗口): a department's window or a general window (综合窗口), the items it
 * handles with its authority over each, and the two posts that staff it (A岗/B岗).
 *
 * <p>Invariants: a department window names its department, a general window names none; an item
 * appears once; the A post is always held and the B post, when there is one, by somebody else —
 * the B post exists so that the window stays served when A is away. That a department window's
 * items belong to its department is checked where the catalog is known, by the use case that
 * applies the window.
 *
 * <p>Items are kept in code order: the window handles a set of items, and a stable order makes
 * two windows with the same items equal.
 */
public final class ServiceWindow implements AggregateRoot<ServiceWindow, WindowCode> {

    static final int MAX_NAME = 100;

    private final WindowCode code;
    private final HallCode hall;
    private final String name;
    private final WindowKind kind;
    private final DepartmentCode department;
    private final List<HandledItem> items;
    private final StaffUsername postA;
    private final StaffUsername postB;

    private ServiceWindow(WindowCode code, HallCode hall, String name, WindowKind kind, DepartmentCode department,
            List<HandledItem> items, StaffUsername postA, StaffUsername postB) {
        if (code == null || hall == null || kind == null) {
            throw new InvalidValue("window", "code, hall and kind are required");
        }
        if (kind == WindowKind.DEPARTMENT && department == null) {
            throw new InvalidValue("window.department", "a department window names its department");
        }
        if (kind == WindowKind.GENERAL && department != null) {
            throw new InvalidValue("window.department", "a general window serves several departments and names none");
        }
        if (postA == null) {
            throw new InvalidValue("window.postA", "every window has an A post");
        }
        if (postA.equals(postB)) {
            throw new InvalidValue("window.postB", "the B post must be held by somebody other than the A post");
        }
        Set<ApprovalItemCode> seen = new HashSet<>();
        for (HandledItem item : items == null ? List.<HandledItem>of() : items) {
            if (item == null) {
                throw new InvalidValue("window.items", "an item code is required");
            }
            if (!seen.add(item.item())) {
                throw new InvalidValue("window.items", "item " + item.item().value() + " appears twice");
            }
        }
        this.code = code;
        this.hall = hall;
        this.name = Text.required("window.name", name, MAX_NAME);
        this.kind = kind;
        this.department = department;
        this.items = seen.isEmpty() ? List.of()
                : items.stream().sorted(Comparator.comparing(i -> i.item().value())).toList();
        this.postA = postA;
        this.postB = postB;
    }

    /** A window as defined; also how a stored window is rebuilt, under the same invariants. */
    public static ServiceWindow of(WindowCode code, HallCode hall, String name, WindowKind kind,
            DepartmentCode department, List<HandledItem> items, StaffUsername postA, StaffUsername postB) {
        return new ServiceWindow(code, hall, name, kind, department, items, postA, postB);
    }

    /**
     * Who serves this window on a day, given who is present that day (AB岗工作制): A when present;
     * otherwise B, acting for A with A's full authority, when there is a B post and B is present;
     * otherwise nobody, and the window is unattended.
     */
    public Duty dutyWith(Predicate<StaffUsername> present) {
        if (present.test(postA)) {
            return Duty.byA(postA);
        }
        if (postB != null && present.test(postB)) {
            return Duty.byBFor(postB, postA);
        }
        return Duty.unattended();
    }

    /** Whether {@code staff} holds the A or the B post of this window. */
    public boolean isStaffedBy(StaffUsername staff) {
        return postA.equals(staff) || staff.equals(postB);
    }

    /** The item's line, if this window handles it. */
    public Optional<HandledItem> handling(ApprovalItemCode item) {
        return items.stream().filter(i -> i.item().equals(item)).findFirst();
    }

    @Override
    public WindowCode getId() {
        return code;
    }

    public WindowCode code() {
        return code;
    }

    public HallCode hall() {
        return hall;
    }

    public String name() {
        return name;
    }

    public WindowKind kind() {
        return kind;
    }

    /** The department of a department window; {@code null} for a general window. */
    public DepartmentCode department() {
        return department;
    }

    /** The items handled, in code order. */
    public List<HandledItem> items() {
        return items;
    }

    public StaffUsername postA() {
        return postA;
    }

    /** The B post, or {@code null} when the window has none. */
    public StaffUsername postB() {
        return postB;
    }
}
