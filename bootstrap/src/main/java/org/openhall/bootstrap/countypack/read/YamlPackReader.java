package org.openhall.bootstrap.countypack.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.openhall.bootstrap.countypack.PackErrors;
import org.openhall.bootstrap.countypack.Where;
import org.openhall.bootstrap.countypack.spec.CalendarYearSpec;
import org.openhall.bootstrap.countypack.spec.CentreSpec;
import org.openhall.bootstrap.countypack.spec.DepartmentSpec;
import org.openhall.bootstrap.countypack.spec.FeeSpec;
import org.openhall.bootstrap.countypack.spec.HallSpec;
import org.openhall.bootstrap.countypack.spec.HolidaySpec;
import org.openhall.bootstrap.countypack.spec.ItemSpec;
import org.openhall.bootstrap.countypack.spec.LegalBasisSpec;
import org.openhall.bootstrap.countypack.spec.LocalHolidaysSpec;
import org.openhall.bootstrap.countypack.spec.MaterialSpec;
import org.openhall.bootstrap.countypack.spec.ParameterSpec;
import org.openhall.bootstrap.countypack.spec.StaffSpec;
import org.openhall.bootstrap.countypack.spec.StepSpec;
import org.openhall.bootstrap.countypack.spec.WindowItemSpec;
import org.openhall.bootstrap.countypack.spec.WindowSpec;
import org.springframework.core.io.Resource;

/**
 * Reads the YAML files of a pack into its specs. Field names are those of
 * {@code docs/county-pack.md}; a field the format does not know is an error, because a misspelt
 * key silently ignored would leave a limit or a material out of the catalog.
 */
final class YamlPackReader {

    private static final Set<String> CENTRE = YamlFields.known("name", "jurisdiction", "regionCode", "zone", "calendar");
    private static final Set<String> CENTRE_CALENDAR = YamlFields.known("makeUpDaysAreWorkingDays");
    private static final Set<String> YEAR = YamlFields.known("year", "source", "holidays", "makeUpWorkdays");
    private static final Set<String> LOCAL_YEAR = YamlFields.known("year", "source", "holidays");
    private static final Set<String> HOLIDAY = YamlFields.known("name", "from", "to");
    private static final Set<String> NETWORK = YamlFields.known("departments", "halls", "villages");
    private static final Set<String> DEPARTMENT = YamlFields.known("code", "name", "stationed");
    private static final Set<String> HALL = YamlFields.known("code", "name", "level", "parent", "address",
            "openingHours", "items");
    private static final Set<String> VILLAGE = YamlFields.known("code", "name", "address", "openingHours", "items");
    private static final Set<String> WINDOWS = YamlFields.known("windows");
    private static final Set<String> WINDOW = YamlFields.known("code", "hall", "name", "kind", "department", "items",
            "postA", "postB");
    private static final Set<String> WINDOW_ITEM = YamlFields.known("item", "decidedAtWindow");
    private static final Set<String> STAFF_FILE = YamlFields.known("staff");
    private static final Set<String> STAFF = YamlFields.known("username", "displayName", "roles", "department", "hall",
            "password", "totpSecret");
    private static final Set<String> ITEMS = YamlFields.known("items");
    private static final Set<String> ITEM = YamlFields.known("code", "nationalCode", "name", "kind", "applicantTypes",
            "department", "implementingBody", "level", "legalBases", "conditions", "materials", "approvalStandards",
            "resultDocuments", "procedure", "statutoryLimit", "promisedLimit", "fees", "deliveryMethods",
            "windowAuthority", "maxVisits", "onlineAvailable", "keywords");
    private static final Set<String> LEGAL_BASIS = YamlFields.known("law", "article");
    private static final Set<String> MATERIAL = YamlFields.known("code", "name", "original", "copies", "requirement",
            "condition", "form", "supplyLaterAllowed", "sampleForm");
    private static final Set<String> STEP = YamlFields.known("name", "role", "workingDays", "special");
    private static final Set<String> FEE = YamlFields.known("name", "amount", "basis");
    private static final Set<String> AUTHORITY = YamlFields.known("decidedAtWindow", "stepsReturnedToDepartment");
    private static final Set<String> PARAMETERS = YamlFields.known("parameters");

    private final PackErrors errors;

    YamlPackReader(PackErrors errors) {
        this.errors = errors;
    }

    CentreSpec centre(Resource resource, String file) {
        YamlFields f = root(resource, file, CENTRE);
        if (f == null) {
            return null;
        }
        Boolean makeUp = null;
        YamlNode calendar = f.node("calendar");
        if (calendar != null) {
            YamlFields c = YamlFields.of(calendar, file, "calendar", errors, CENTRE_CALENDAR);
            makeUp = c == null ? null : c.bool("makeUpDaysAreWorkingDays");
        }
        return new CentreSpec(f.where(), f.requiredText("name"), f.requiredText("jurisdiction"),
                f.requiredText("regionCode"), f.requiredText("zone"), makeUp);
    }

    CalendarYearSpec calendarYear(Resource resource, String file, Integer fileYear) {
        YamlFields f = root(resource, file, YEAR);
        if (f == null) {
            return null;
        }
        return new CalendarYearSpec(f.where(), fileYear, f.requiredInteger("year"), f.requiredText("source"),
                f.list("holidays", (node, path) -> holiday(node, file, path)), f.dates("makeUpWorkdays"));
    }

    LocalHolidaysSpec localHolidays(Resource resource, String file, Integer fileYear) {
        YamlFields f = root(resource, file, LOCAL_YEAR);
        if (f == null) {
            return null;
        }
        return new LocalHolidaysSpec(f.where(), fileYear, f.requiredInteger("year"), f.requiredText("source"),
                f.list("holidays", (node, path) -> holiday(node, file, path)));
    }

    private HolidaySpec holiday(YamlNode node, String file, String path) {
        YamlFields f = YamlFields.of(node, file, path, errors, HOLIDAY);
        if (f == null) {
            return null;
        }
        var from = f.requiredDate("from");
        var to = f.has("to") ? f.date("to") : from;
        return new HolidaySpec(f.where(), f.requiredText("name"), from, to);
    }

    /** {@code network.yaml}: departments, halls, and the village stations grouped by township. */
    void network(Resource resource, String file, List<DepartmentSpec> departments, List<HallSpec> halls) {
        YamlFields f = root(resource, file, NETWORK);
        if (f == null) {
            return;
        }
        departments.addAll(f.list("departments", (node, path) -> department(node, file, path)));
        halls.addAll(f.list("halls", (node, path) -> hall(node, file, path)));
        YamlNode villages = f.node("villages");
        if (villages == null) {
            return;
        }
        if (!(villages instanceof YamlNode.Mapping byTownship)) {
            f.error("villages", "must map each township hall's code to its village stations, not " + villages.kind());
            return;
        }
        for (YamlNode.Entry township : byTownship.entries().values()) {
            String path = "villages." + township.key();
            if (!(township.value() instanceof YamlNode.Sequence stations)) {
                errors.add(file, "line " + township.line(), path, "must be a list of village stations");
                continue;
            }
            for (int i = 0; i < stations.elements().size(); i++) {
                HallSpec village = village(stations.elements().get(i), file, path + "[" + (i + 1) + "]", township.key());
                if (village != null) {
                    halls.add(village);
                }
            }
        }
    }

    private DepartmentSpec department(YamlNode node, String file, String path) {
        YamlFields f = YamlFields.of(node, file, path, errors, DEPARTMENT);
        if (f == null) {
            return null;
        }
        Boolean stationed = f.bool("stationed");
        if (stationed == null && !f.has("stationed")) {
            f.error("stationed", "is required (true when the department is stationed in the centre)");
        }
        return new DepartmentSpec(f.where(), f.requiredText("code"), f.requiredText("name"), stationed);
    }

    private HallSpec hall(YamlNode node, String file, String path) {
        YamlFields f = YamlFields.of(node, file, path, errors, HALL);
        if (f == null) {
            return null;
        }
        return new HallSpec(f.where(), f.requiredText("code"), f.requiredText("name"), f.requiredText("level"),
                f.text("parent"), f.text("address"), f.text("openingHours"), f.texts("items"));
    }

    private HallSpec village(YamlNode node, String file, String path, String township) {
        YamlFields f = YamlFields.of(node, file, path, errors, VILLAGE);
        if (f == null) {
            return null;
        }
        return new HallSpec(f.where(), f.requiredText("code"), f.requiredText("name"), "VILLAGE", township,
                f.text("address"), f.text("openingHours"), f.texts("items"));
    }

    List<WindowSpec> windows(Resource resource, String file) {
        YamlFields f = root(resource, file, WINDOWS);
        return f == null ? List.of() : f.list("windows", (node, path) -> window(node, file, path));
    }

    private WindowSpec window(YamlNode node, String file, String path) {
        YamlFields f = YamlFields.of(node, file, path, errors, WINDOW);
        if (f == null) {
            return null;
        }
        return new WindowSpec(f.where(), f.requiredText("code"), f.requiredText("hall"), f.requiredText("name"),
                f.requiredText("kind"), f.text("department"), f.list("items", (n, p) -> windowItem(n, file, p)),
                f.requiredText("postA"), f.text("postB"));
    }

    private WindowItemSpec windowItem(YamlNode node, String file, String path) {
        YamlFields f = YamlFields.of(node, file, path, errors, WINDOW_ITEM);
        if (f == null) {
            return null;
        }
        Boolean decided = f.bool("decidedAtWindow");
        if (decided == null && !f.has("decidedAtWindow")) {
            f.error("decidedAtWindow", "is required (true when the window decides the item itself)");
        }
        return new WindowItemSpec(f.where(), f.requiredText("item"), decided);
    }

    List<StaffSpec> staff(Resource resource, String file) {
        YamlFields f = root(resource, file, STAFF_FILE);
        return f == null ? List.of() : f.list("staff", (node, path) -> staffMember(node, file, path));
    }

    private StaffSpec staffMember(YamlNode node, String file, String path) {
        YamlFields f = YamlFields.of(node, file, path, errors, STAFF);
        if (f == null) {
            return null;
        }
        List<String> roles = f.texts("roles");
        if (roles.isEmpty() && !f.has("roles")) {
            f.error("roles", "is required");
        }
        return new StaffSpec(f.where(), f.requiredText("username"), f.requiredText("displayName"), roles,
                f.text("department"), f.text("hall"), f.text("password"), f.text("totpSecret"));
    }

    List<ItemSpec> items(Resource resource, String file) {
        YamlFields f = root(resource, file, ITEMS);
        return f == null ? List.of() : f.list("items", (node, path) -> item(node, file, path));
    }

    private ItemSpec item(YamlNode node, String file, String path) {
        YamlFields f = YamlFields.of(node, file, path, errors, ITEM);
        if (f == null) {
            return null;
        }
        Boolean decided = null;
        List<String> returned = new ArrayList<>();
        YamlNode authority = f.node("windowAuthority");
        if (authority == null) {
            f.error("windowAuthority", "is required (decidedAtWindow, stepsReturnedToDepartment)");
        } else {
            YamlFields a = YamlFields.of(authority, file, f.where().fieldPath("windowAuthority"), errors, AUTHORITY);
            if (a != null) {
                decided = a.bool("decidedAtWindow");
                if (decided == null && !a.has("decidedAtWindow")) {
                    a.error("decidedAtWindow", "is required");
                }
                returned = a.texts("stepsReturnedToDepartment");
            }
        }
        Boolean online = f.bool("onlineAvailable");
        if (online == null && !f.has("onlineAvailable")) {
            f.error("onlineAvailable", "is required");
        }
        return new ItemSpec(f.where(), f.requiredText("code"), f.text("nationalCode"), f.requiredText("name"),
                f.requiredText("kind"), f.texts("applicantTypes"), f.requiredText("department"),
                f.requiredText("implementingBody"), f.requiredText("level"),
                f.list("legalBases", (n, p) -> legalBasis(n, file, p)), f.texts("conditions"),
                f.list("materials", (n, p) -> material(n, file, p)), f.texts("approvalStandards"),
                f.texts("resultDocuments"), f.list("procedure", (n, p) -> step(n, file, p)),
                f.requiredInteger("statutoryLimit"), f.requiredInteger("promisedLimit"),
                f.list("fees", (n, p) -> fee(n, file, p)), f.texts("deliveryMethods"), decided, returned,
                f.requiredInteger("maxVisits"), online, f.texts("keywords"));
    }

    private LegalBasisSpec legalBasis(YamlNode node, String file, String path) {
        YamlFields f = YamlFields.of(node, file, path, errors, LEGAL_BASIS);
        return f == null ? null : new LegalBasisSpec(f.where(), f.requiredText("law"), f.text("article"));
    }

    private MaterialSpec material(YamlNode node, String file, String path) {
        YamlFields f = YamlFields.of(node, file, path, errors, MATERIAL);
        if (f == null) {
            return null;
        }
        Boolean original = f.bool("original");
        if (original == null && !f.has("original")) {
            f.error("original", "is required (true: the original is shown; false: a copy)");
        }
        return new MaterialSpec(f.where(), f.requiredText("code"), f.requiredText("name"), original,
                f.integer("copies"), f.text("requirement"), f.text("condition"), f.text("form"),
                f.bool("supplyLaterAllowed"), f.text("sampleForm"));
    }

    private StepSpec step(YamlNode node, String file, String path) {
        YamlFields f = YamlFields.of(node, file, path, errors, STEP);
        return f == null ? null
                : new StepSpec(f.where(), f.requiredText("name"), f.requiredText("role"),
                        f.requiredInteger("workingDays"), f.bool("special"));
    }

    private FeeSpec fee(YamlNode node, String file, String path) {
        YamlFields f = YamlFields.of(node, file, path, errors, FEE);
        return f == null ? null
                : new FeeSpec(f.where(), f.requiredText("name"), f.requiredText("amount"), f.requiredText("basis"));
    }

    List<ParameterSpec> parameters(Resource resource, String file) {
        YamlFields f = root(resource, file, PARAMETERS);
        List<ParameterSpec> parameters = new ArrayList<>();
        if (f == null) {
            return parameters;
        }
        YamlNode node = f.node("parameters");
        if (node == null) {
            return parameters;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            f.error("parameters", "must map each parameter key to its value, not " + node.kind());
            return parameters;
        }
        for (YamlNode.Entry entry : mapping.entries().values()) {
            Where where = Where.of(file, "parameters." + entry.key(), "line " + entry.line());
            if (entry.value() instanceof YamlNode.Scalar scalar) {
                parameters.add(new ParameterSpec(where, entry.key(), scalar.text()));
            } else {
                errors.add(where.error("", "must be a single value, not " + entry.value().kind()));
            }
        }
        return parameters;
    }

    private YamlFields root(Resource resource, String file, Set<String> known) {
        Optional<YamlNode> tree = YamlFile.parse(resource, file, errors);
        return tree.map(node -> YamlFields.of(node, file, "", errors, known)).orElse(null);
    }
}
