package org.openhall.bootstrap.countypack.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.openhall.bootstrap.countypack.PackErrors;
import org.openhall.bootstrap.countypack.Where;
import org.openhall.bootstrap.countypack.spec.StaffSpec;
import org.openhall.bootstrap.countypack.spec.WindowItemSpec;
import org.openhall.bootstrap.countypack.spec.WindowSpec;
import org.springframework.core.io.Resource;

/**
 * Reads the tabular parts a centre may keep as CSV instead of YAML: {@code staff.csv} and
 * {@code windows.csv}. Columns carry the YAML field names; a cell with several values separates
 * them with {@code ;}.
 */
final class CsvPackReader {

    static final Set<String> STAFF_COLUMNS = YamlFields.known("username", "displayName", "roles", "department", "hall",
            "password", "totpSecret");
    static final Set<String> WINDOW_COLUMNS = YamlFields.known("code", "hall", "name", "kind", "department", "postA",
            "postB", "itemsDecidedAtWindow", "itemsReturnedToDepartment");

    private final PackErrors errors;

    CsvPackReader(PackErrors errors) {
        this.errors = errors;
    }

    List<StaffSpec> staff(Resource resource, String file) {
        CsvTable table = CsvTable.read(resource, file, STAFF_COLUMNS,
                YamlFields.known("username", "displayName", "roles"), errors);
        List<StaffSpec> staff = new ArrayList<>();
        if (table == null) {
            return staff;
        }
        int n = 0;
        for (CsvTable.Row row : table.rows()) {
            Where where = table.where(row, "staff[" + (++n) + "]");
            var v = row.values();
            require(where, v.get("username"), "username");
            require(where, v.get("displayName"), "displayName");
            require(where, v.get("roles"), "roles");
            staff.add(new StaffSpec(where, v.get("username"), v.get("displayName"), split(v.get("roles")),
                    v.get("department"), v.get("hall"), v.get("password"), v.get("totpSecret")));
        }
        return staff;
    }

    List<WindowSpec> windows(Resource resource, String file) {
        CsvTable table = CsvTable.read(resource, file, WINDOW_COLUMNS,
                YamlFields.known("code", "hall", "name", "kind", "postA"), errors);
        List<WindowSpec> windows = new ArrayList<>();
        if (table == null) {
            return windows;
        }
        int n = 0;
        for (CsvTable.Row row : table.rows()) {
            Where where = table.where(row, "windows[" + (++n) + "]");
            var v = row.values();
            for (String column : List.of("code", "hall", "name", "kind", "postA")) {
                require(where, v.get(column), column);
            }
            List<WindowItemSpec> items = new ArrayList<>();
            split(v.get("itemsDecidedAtWindow")).forEach(code -> items.add(
                    new WindowItemSpec(where, code, true)));
            split(v.get("itemsReturnedToDepartment")).forEach(code -> items.add(
                    new WindowItemSpec(where, code, false)));
            windows.add(new WindowSpec(where, v.get("code"), v.get("hall"), v.get("name"), v.get("kind"),
                    v.get("department"), items, v.get("postA"), v.get("postB")));
        }
        return windows;
    }

    private void require(Where where, String value, String column) {
        if (value == null) {
            errors.add(where.error(column, "is required"));
        }
    }

    private static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split("[;；|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
