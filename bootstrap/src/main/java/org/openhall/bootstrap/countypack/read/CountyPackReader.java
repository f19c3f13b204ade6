package org.openhall.bootstrap.countypack.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openhall.bootstrap.countypack.PackErrors;
import org.openhall.bootstrap.countypack.spec.CalendarYearSpec;
import org.openhall.bootstrap.countypack.spec.CentreSpec;
import org.openhall.bootstrap.countypack.spec.CountyPack;
import org.openhall.bootstrap.countypack.spec.DepartmentSpec;
import org.openhall.bootstrap.countypack.spec.HallSpec;
import org.openhall.bootstrap.countypack.spec.ItemSpec;
import org.openhall.bootstrap.countypack.spec.LocalHolidaysSpec;
import org.openhall.bootstrap.countypack.spec.ParameterSpec;
import org.openhall.bootstrap.countypack.spec.StaffSpec;
import org.openhall.bootstrap.countypack.spec.WindowSpec;
import org.springframework.core.io.Resource;

/**
 * Reads a whole county pack folder: every file it knows, each independently, so that errors in
 * one file do not hide those in another. The result holds whatever could be read and every error
 * met; validation comes next.
 *
 * <p>The files: {@code centre.yaml}; {@code calendar/<year>.yaml} and
 * {@code calendar/local/<year>.yaml}; {@code network.yaml}; {@code windows.yaml} and/or
 * {@code windows.csv}; {@code staff.yaml} and/or {@code staff.csv}; {@code items.yaml} and/or
 * {@code items.xlsx}; {@code parameters.yaml}.
 */
public final class CountyPackReader {

    /** What a pack folder held, and every error met reading it. */
    public record Result(CountyPack pack, PackErrors errors) {
    }

    public Result read(String location) {
        PackErrors errors = new PackErrors();
        PackFolder folder = PackFolder.at(location);
        if (!folder.exists()) {
            errors.add("", "", "", "no county pack folder at " + location);
            return new Result(new CountyPack(location, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of()), errors);
        }
        YamlPackReader yaml = new YamlPackReader(errors);
        CsvPackReader csv = new CsvPackReader(errors);

        CentreSpec centre = required(folder, "centre.yaml", errors).map(r -> yaml.centre(r, "centre.yaml")).orElse(null);

        List<CalendarYearSpec> calendars = new ArrayList<>();
        for (String name : folder.list("calendar", ".yaml")) {
            String file = "calendar/" + name;
            folder.file(file).map(r -> yaml.calendarYear(r, file, yearOf(name, file, errors))).ifPresent(calendars::add);
        }
        List<LocalHolidaysSpec> local = new ArrayList<>();
        for (String name : folder.list("calendar/local", ".yaml")) {
            String file = "calendar/local/" + name;
            folder.file(file).map(r -> yaml.localHolidays(r, file, yearOf(name, file, errors))).ifPresent(local::add);
        }

        List<DepartmentSpec> departments = new ArrayList<>();
        List<HallSpec> halls = new ArrayList<>();
        required(folder, "network.yaml", errors).ifPresent(r -> yaml.network(r, "network.yaml", departments, halls));

        List<WindowSpec> windows = new ArrayList<>();
        folder.file("windows.yaml").ifPresent(r -> windows.addAll(yaml.windows(r, "windows.yaml")));
        folder.file("windows.csv").ifPresent(r -> windows.addAll(csv.windows(r, "windows.csv")));

        List<StaffSpec> staff = new ArrayList<>();
        folder.file("staff.yaml").ifPresent(r -> staff.addAll(yaml.staff(r, "staff.yaml")));
        folder.file("staff.csv").ifPresent(r -> staff.addAll(csv.staff(r, "staff.csv")));

        List<ItemSpec> items = new ArrayList<>();
        Optional<Resource> itemsYaml = folder.file("items.yaml");
        Optional<Resource> itemsXlsx = folder.file("items.xlsx");
        if (itemsYaml.isEmpty() && itemsXlsx.isEmpty()) {
            errors.add("items.yaml", "", "", "the pack has no catalog: give items.yaml, items.xlsx or both");
        }
        itemsYaml.ifPresent(r -> items.addAll(yaml.items(r, "items.yaml")));
        itemsXlsx.ifPresent(r -> items.addAll(new XlsxCatalogReader(errors).read(r, "items.xlsx")));

        List<ParameterSpec> parameters = new ArrayList<>();
        folder.file("parameters.yaml").ifPresent(r -> parameters.addAll(yaml.parameters(r, "parameters.yaml")));

        return new Result(new CountyPack(location, centre, calendars, local, departments, halls, windows, staff, items,
                parameters), errors);
    }

    /** Only {@code centre.yaml}: what the running application needs of the configured pack. */
    public CentreSpec readCentre(String location, PackErrors errors) {
        PackFolder folder = PackFolder.at(location);
        return required(folder, "centre.yaml", errors)
                .map(r -> new YamlPackReader(errors).centre(r, "centre.yaml")).orElse(null);
    }

    private static Optional<Resource> required(PackFolder folder, String file, PackErrors errors) {
        Optional<Resource> resource = folder.file(file);
        if (resource.isEmpty()) {
            errors.add(file, "", "", "the file is missing");
        }
        return resource;
    }

    private static Integer yearOf(String name, String file, PackErrors errors) {
        String stem = name.substring(0, name.length() - ".yaml".length());
        if (!stem.matches("\\d{4}")) {
            errors.add(file, "", "", "a calendar file is named after its year, e.g. 2026.yaml");
            return null;
        }
        return Integer.valueOf(stem);
    }
}
