package org.openhall.bootstrap.countypack.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.openhall.bootstrap.countypack.Centre;
import org.openhall.bootstrap.countypack.PackErrors;
import org.openhall.bootstrap.countypack.StaffEntry;
import org.openhall.bootstrap.countypack.ValidatedPack;
import org.openhall.bootstrap.countypack.spec.CalendarYearSpec;
import org.openhall.bootstrap.countypack.spec.CentreSpec;
import org.openhall.bootstrap.countypack.spec.CountyPack;
import org.openhall.bootstrap.countypack.spec.DepartmentSpec;
import org.openhall.bootstrap.countypack.spec.HallSpec;
import org.openhall.bootstrap.countypack.spec.ItemSpec;
import org.openhall.bootstrap.countypack.spec.StaffSpec;
import org.openhall.catalog.application.port.in.ItemDefinition;
import org.openhall.network.application.port.in.DepartmentDefinition;
import org.openhall.network.application.port.in.HallDefinition;
import org.openhall.network.application.port.in.WindowDefinition;
import org.openhall.shared.domain.calendar.CalendarYear;

/**
 * Validates a whole county pack: the centre, calendars, network, catalog and parameters, and
 * every reference between them. It never stops at the first error: all of them are added to the
 * errors given, each with its file, line or row, and field. Only a pack without errors yields a
 * {@link ValidatedPack}, which is what gets imported.
 */
public final class PackValidator {

    /** The validated pack, or {@code null} when {@code errors} holds anything after validation. */
    public ValidatedPack validate(CountyPack pack, PackErrors errors) {
        Checks checks = new Checks(errors);
        CalendarChecks calendar = new CalendarChecks(checks);
        Centre centre = calendar.centre(pack.centre());
        Map<Integer, CalendarYear> national = calendar.nationalYears(pack.calendars());
        Set<Integer> declaredYears = pack.calendars().stream().map(CalendarYearSpec::year).filter(y -> y != null)
                .collect(Collectors.toSet());
        List<CalendarYear> county = calendar.countyYears(centre == null ? null : centre.jurisdiction(), national,
                declaredYears, pack.localHolidays());

        Set<String> departments = codes(pack.departments().stream().map(DepartmentSpec::code).toList());
        Set<String> halls = codes(pack.halls().stream().map(HallSpec::code).toList());
        Set<String> items = codes(pack.items().stream().map(ItemSpec::code).toList());
        Map<String, ItemSpec> catalog = new HashMap<>();
        pack.items().stream().filter(i -> i.code() != null).forEach(i -> catalog.putIfAbsent(i.code(), i));
        Map<String, List<String>> hallItems = new HashMap<>();
        pack.halls().stream().filter(h -> h.code() != null).forEach(h -> hallItems.putIfAbsent(h.code(), h.items()));
        Map<String, StaffSpec> staff = new HashMap<>();
        pack.staff().stream().filter(s -> s.username() != null).forEach(s -> staff.putIfAbsent(s.username(), s));

        NetworkChecks network = new NetworkChecks(checks);
        List<DepartmentDefinition> departmentDefinitions = network.departments(pack.departments());
        List<HallDefinition> hallDefinitions = network.halls(pack.halls(), items);
        List<StaffEntry> staffEntries = network.staff(pack.staff(), departments, halls);
        List<WindowDefinition> windowDefinitions = network.windows(pack.windows(), halls, hallItems, departments,
                catalog, staff);
        List<ItemDefinition> itemDefinitions = new CatalogChecks(checks).items(pack.items(), departments);
        Map<String, String> parameters = new ParameterChecks(checks).check(pack.parameters());

        if (!errors.isEmpty() || centre == null) {
            return null;
        }
        return new ValidatedPack(pack.location(), centre, List.copyOf(national.values()), county,
                departmentDefinitions, hallDefinitions, staffEntries, itemDefinitions, windowDefinitions, parameters);
    }

    /** Only the centre, for the running application's profile; {@code null} after errors. */
    public Centre centre(CentreSpec spec, PackErrors errors) {
        return new CalendarChecks(new Checks(errors)).centre(spec);
    }

    private static Set<String> codes(List<String> codes) {
        return codes.stream().filter(c -> c != null).collect(Collectors.toSet());
    }
}
