package org.openhall.bootstrap.countypack.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openhall.bootstrap.countypack.StaffEntry;
import org.openhall.bootstrap.countypack.Where;
import org.openhall.bootstrap.countypack.spec.DepartmentSpec;
import org.openhall.bootstrap.countypack.spec.HallSpec;
import org.openhall.bootstrap.countypack.spec.ItemSpec;
import org.openhall.bootstrap.countypack.spec.StaffSpec;
import org.openhall.bootstrap.countypack.spec.WindowItemSpec;
import org.openhall.bootstrap.countypack.spec.WindowSpec;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.application.port.in.DepartmentDefinition;
import org.openhall.network.application.port.in.HallDefinition;
import org.openhall.network.application.port.in.StaffDefinition;
import org.openhall.network.domain.signin.TotpSecret;
import org.openhall.network.application.port.in.WindowDefinition;
import org.openhall.network.application.port.in.WindowItem;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.network.domain.WindowKind;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;

/**
 * Checks the service network: departments, halls at three levels, windows with their items and
 * A/B posts, and staff; every reference between them, and to the catalog, must resolve.
 */
final class NetworkChecks {

    private static final int MIN_PASSWORD_LENGTH = 8;

    private final Checks checks;

    NetworkChecks(Checks checks) {
        this.checks = checks;
    }

    List<DepartmentDefinition> departments(List<DepartmentSpec> departments) {
        checks.unique(departments, DepartmentSpec::code, DepartmentSpec::where, "code", "department");
        List<DepartmentDefinition> definitions = new ArrayList<>();
        for (DepartmentSpec d : departments) {
            DepartmentCode code = d.code() == null ? null
                    : checks.value(d.where(), "code", () -> new DepartmentCode(d.code()));
            if (code != null && d.name() != null && d.stationed() != null) {
                definitions.add(new DepartmentDefinition(code, d.name(), d.stationed()));
            }
        }
        return definitions;
    }

    /**
     * Halls: one city centre; each other hall's parent exists one level up; every item a hall
     * handles is in the catalog.
     */
    List<HallDefinition> halls(List<HallSpec> halls, Set<String> itemCodes) {
        checks.unique(halls, HallSpec::code, HallSpec::where, "code", "hall");
        Map<String, HallSpec> byCode = new HashMap<>();
        halls.forEach(h -> byCode.putIfAbsent(h.code(), h));
        long cities = halls.stream().filter(h -> "CITY".equals(h.level())).count();
        if (cities != 1 && !halls.isEmpty()) {
            checks.error(halls.get(0).where(), "level", "the network has " + cities
                    + " halls of level CITY; it has exactly one city centre");
        }
        List<HallDefinition> definitions = new ArrayList<>();
        for (HallSpec hall : halls) {
            Where where = hall.where();
            HallCode code = hall.code() == null ? null : checks.value(where, "code", () -> new HallCode(hall.code()));
            AdministrativeLevel level = checks.constant(where, "level", hall.level(), AdministrativeLevel.class);
            if (level != null) {
                parent(hall, level, byCode);
            }
            HallCode parent = hall.parent() == null ? null
                    : checks.value(where, "parent", () -> new HallCode(hall.parent()));
            List<ApprovalItemCode> items = items(where, "items", hall.items(), itemCodes);
            if (code != null && level != null && hall.name() != null) {
                definitions.add(new HallDefinition(code, hall.name(), level, parent, hall.address(),
                        hall.openingHours(), items));
            }
        }
        return definitions;
    }

    private void parent(HallSpec hall, AdministrativeLevel level, Map<String, HallSpec> byCode) {
        Where where = hall.where();
        if (level == AdministrativeLevel.CITY) {
            if (hall.parent() != null) {
                checks.error(where, "parent", "the city centre belongs to no other hall");
            }
            return;
        }
        if (hall.parent() == null) {
            checks.error(where, "parent", "is required: a " + level + " hall belongs to a " + level.parentLevel()
                    + " hall");
            return;
        }
        HallSpec parent = byCode.get(hall.parent());
        if (parent == null) {
            checks.error(where, "parent", "names hall " + hall.parent() + ", which the pack does not have");
        } else if (!level.parentLevel().name().equals(parent.level())) {
            checks.error(where, "parent", "a " + level + " hall belongs to a " + level.parentLevel() + " hall, but "
                    + hall.parent() + " is " + parent.level());
        }
    }

    /**
     * Windows: the hall exists and lists the window's items; a department window has a
     * department and handles that department's items; the A post is given, and A and B are staff
     * of the window's hall (and department).
     */
    List<WindowDefinition> windows(List<WindowSpec> windows, Set<String> hallCodes, Map<String, List<String>> hallItems,
            Set<String> departmentCodes, Map<String, ItemSpec> catalog, Map<String, StaffSpec> staff) {
        checks.unique(windows, WindowSpec::code, WindowSpec::where, "code", "window");
        List<WindowDefinition> definitions = new ArrayList<>();
        for (WindowSpec window : windows) {
            Where where = window.where();
            WindowCode windowCode = window.code() == null ? null
                    : checks.value(where, "code", () -> new WindowCode(window.code()));
            if (window.hall() != null && !hallCodes.contains(window.hall())) {
                checks.error(where, "hall", "names hall " + window.hall() + ", which the pack does not have");
            }
            WindowKind kind = checks.constant(where, "kind", window.kind(), WindowKind.class);
            if (kind == WindowKind.DEPARTMENT) {
                if (window.department() == null) {
                    checks.error(where, "department", "is required for a department window");
                } else if (!departmentCodes.contains(window.department())) {
                    checks.error(where, "department", "names department " + window.department()
                            + ", which the pack does not have");
                }
            } else if (kind == WindowKind.GENERAL && window.department() != null) {
                checks.error(where, "department", "a general window (综合窗口) serves every department; leave it out");
            }
            checks.unique(window.items(), WindowItemSpec::item, WindowItemSpec::where, "item", "item");
            List<WindowItem> items = new ArrayList<>();
            for (WindowItemSpec item : window.items()) {
                if (windowItem(window, kind, item, hallItems, catalog) && item.decidedAtWindow() != null) {
                    ApprovalItemCode code = checks.value(item.where(), "item", () -> new ApprovalItemCode(item.item()));
                    if (code != null) {
                        items.add(new WindowItem(code, item.decidedAtWindow()));
                    }
                }
            }
            StaffUsername postA = post(window, "postA", window.postA(), kind, staff);
            StaffUsername postB = post(window, "postB", window.postB(), kind, staff);
            if (window.postA() != null && window.postA().equals(window.postB())) {
                checks.error(where, "postB", "the B post stands in for the A post and must be another person");
            }
            if (windowCode != null && kind != null && window.name() != null && postA != null) {
                DepartmentCode department = kind == WindowKind.DEPARTMENT && window.department() != null
                        ? checks.value(where, "department", () -> new DepartmentCode(window.department())) : null;
                HallCode hall = window.hall() == null ? null
                        : checks.value(where, "hall", () -> new HallCode(window.hall()));
                definitions.add(new WindowDefinition(windowCode, hall, window.name(), kind, department, items, postA,
                        postB));
            }
        }
        return definitions;
    }

    /** Whether the window's item is in the catalog (and fits the window). */
    private boolean windowItem(WindowSpec window, WindowKind kind, WindowItemSpec item,
            Map<String, List<String>> hallItems, Map<String, ItemSpec> catalog) {
        if (item.item() == null) {
            return false;
        }
        ItemSpec catalogued = catalog.get(item.item());
        if (catalogued == null) {
            checks.error(item.where(), "item", "names item " + item.item() + ", which the catalog does not have");
            return false;
        }
        if (kind == WindowKind.DEPARTMENT && window.department() != null
                && !window.department().equals(catalogued.department())) {
            checks.error(item.where(), "item", "item " + item.item() + " belongs to department "
                    + catalogued.department() + ", not to this window's " + window.department());
        }
        if (Boolean.TRUE.equals(item.decidedAtWindow()) && Boolean.FALSE.equals(catalogued.decidedAtWindow())) {
            checks.error(item.where(), "decidedAtWindow", "the catalog returns item " + item.item()
                    + " to the department (windowAuthority.decidedAtWindow: false); no window decides it");
        }
        List<String> handled = hallItems.get(window.hall());
        if (handled != null && !handled.contains(item.item())) {
            checks.error(item.where(), "item", "hall " + window.hall() + " does not list item " + item.item()
                    + " among the items it handles");
        }
        return true;
    }

    /** The post's holder, or {@code null} when there is none or after an error. */
    private StaffUsername post(WindowSpec window, String field, String username, WindowKind kind,
            Map<String, StaffSpec> staff) {
        if (username == null) {
            return null;
        }
        StaffSpec member = staff.get(username);
        if (member == null) {
            checks.error(window.where(), field, "names " + username + ", who is not on the staff list");
            return null;
        }
        if (member.hall() != null && window.hall() != null && !member.hall().equals(window.hall())) {
            checks.error(window.where(), field, username + " works in hall " + member.hall() + ", not in "
                    + window.hall());
        }
        if (kind == WindowKind.DEPARTMENT && window.department() != null && member.department() != null
                && !member.department().equals(window.department())) {
            checks.error(window.where(), field, username + " belongs to department " + member.department()
                    + ", not to this window's " + window.department());
        }
        return checks.value(window.where(), field, () -> new StaffUsername(username));
    }

    /**
     * Staff: unique usernames; known roles; clerks and department approvers belong to a
     * department; departments and halls exist; a password, when given, is long enough; a
     * second-factor secret, when given, is Base32 of at least 128 bits.
     */
    List<StaffEntry> staff(List<StaffSpec> staff, Set<String> departmentCodes, Set<String> hallCodes) {
        checks.unique(staff, StaffSpec::username, StaffSpec::where, "username", "username");
        List<StaffEntry> entries = new ArrayList<>();
        for (StaffSpec member : staff) {
            Where where = member.where();
            StaffUsername username = member.username() == null ? null
                    : checks.value(where, "username", () -> new StaffUsername(member.username()));
            Set<Role> roles = new HashSet<>();
            for (String role : member.roles()) {
                Role r = checks.constant(where, "roles", role, Role.class);
                if (r != null) {
                    roles.add(r);
                }
            }
            boolean departmental = roles.contains(Role.CLERK) || roles.contains(Role.DEPARTMENT_APPROVER);
            if (departmental && member.department() == null) {
                checks.error(where, "department", "is required: clerks and department approvers act for their "
                        + "department");
            }
            if (member.department() != null && !departmentCodes.contains(member.department())) {
                checks.error(where, "department", "names department " + member.department()
                        + ", which the pack does not have");
            }
            if (member.hall() != null && !hallCodes.contains(member.hall())) {
                checks.error(where, "hall", "names hall " + member.hall() + ", which the pack does not have");
            }
            if (member.password() != null && member.password().length() < MIN_PASSWORD_LENGTH) {
                checks.error(where, "password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
            }
            if (member.totpSecret() != null) {
                checks.value(where, "totpSecret", () -> TotpSecret.ofBase32(member.totpSecret()));
            }
            if (username != null && member.displayName() != null && !roles.isEmpty()) {
                DepartmentCode department = member.department() == null ? null
                        : checks.value(where, "department", () -> new DepartmentCode(member.department()));
                HallCode hall = member.hall() == null ? null
                        : checks.value(where, "hall", () -> new HallCode(member.hall()));
                entries.add(new StaffEntry(new StaffDefinition(username, member.displayName(), roles, department, hall),
                        member.password(), member.totpSecret()));
            }
        }
        return entries;
    }

    private List<ApprovalItemCode> items(Where where, String field, List<String> items, Set<String> itemCodes) {
        Set<String> seen = new HashSet<>();
        List<ApprovalItemCode> codes = new ArrayList<>();
        for (String code : items) {
            if (!seen.add(code)) {
                checks.error(where, field, "lists item " + code + " twice");
            } else if (!itemCodes.contains(code)) {
                checks.error(where, field, "lists item " + code + ", which the catalog does not have");
            } else {
                ApprovalItemCode item = checks.value(where, field, () -> new ApprovalItemCode(code));
                if (item != null) {
                    codes.add(item);
                }
            }
        }
        return codes;
    }
}
