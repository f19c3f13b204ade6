package org.openhall.bootstrap.countypack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.openhall.catalog.application.port.in.ApplyCatalogUseCase;
import org.openhall.catalog.application.port.in.ItemDefinition;
import org.openhall.catalog.domain.LegalBasis;
import org.openhall.catalog.domain.MaterialForm;
import org.openhall.catalog.domain.MaterialRequirement;
import org.openhall.catalog.domain.ProcedureStep;
import org.openhall.catalog.domain.RequiredMaterial;
import org.openhall.catalog.domain.WindowAuthority;
import org.openhall.network.application.port.in.ApplyNetworkUseCase;
import org.openhall.network.application.port.in.DepartmentDefinition;
import org.openhall.network.application.port.in.HallDefinition;
import org.openhall.network.application.port.in.NetworkDefinition;
import org.openhall.network.application.port.in.StaffDefinition;
import org.openhall.network.application.port.in.WindowDefinition;
import org.openhall.network.application.port.in.WindowItem;
import org.openhall.shared.application.port.in.CalendarYearQuery;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.calendar.CalendarYear;
import org.openhall.shared.domain.calendar.JurisdictionCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the stored state back as a county pack folder: importing it into an empty installation
 * and exporting again gives the same files. Passwords are never exported; {@code staff.yaml} says
 * so. Everything is read in one read-only transaction, so the files are one consistent state.
 */
@Component
public class CountyPackExporter {

    private final TransactionTemplate transaction;
    private final CountyParameters parameters;
    private final CalendarYearQuery calendars;
    private final ApplyNetworkUseCase network;
    private final ApplyCatalogUseCase catalog;

    public CountyPackExporter(PlatformTransactionManager transactions, CountyParameters parameters,
            CalendarYearQuery calendars, ApplyNetworkUseCase network, ApplyCatalogUseCase catalog) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
        this.parameters = parameters;
        this.calendars = calendars;
        this.network = network;
        this.catalog = catalog;
    }

    /** Writes the pack into {@code folder} (created if needed) and answers the files written. */
    public List<Path> export(Path folder) {
        Map<String, String> files = files();
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                written.add(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the county pack to " + folder, e);
        }
        return written;
    }

    /**
     * The pack's files by their path in the folder.
     *
     * @throws IllegalStateException when no county pack was ever imported: there is no centre to export
     */
    public Map<String, String> files() {
        return transaction.execute(status -> {
            Map<String, String> stored = parameters.all();
            Centre centre = CentreParameters.from(stored);
            if (centre == null) {
                throw new IllegalStateException("Nothing to export: no county pack has been imported here");
            }
            Map<String, String> files = new LinkedHashMap<>();
            files.put("centre.yaml", centre(centre));
            calendarFiles(centre.jurisdiction(), files);
            NetworkDefinition current = network.current();
            files.put("network.yaml", network(current));
            files.put("windows.yaml", windows(current.windows()));
            files.put("staff.yaml", staff(current.staff()));
            files.put("items.yaml", items(catalog.currentDefinitions()));
            files.put("parameters.yaml", parameters(stored));
            return files;
        });
    }

    private static String centre(Centre centre) {
        return new YamlWriter()
                .comment("The centre this pack describes. Exported by OpenHall; field by field: docs/county-pack.md.")
                .field(0, "name", centre.name())
                .field(0, "jurisdiction", centre.jurisdiction().value())
                .field(0, "regionCode", centre.regionCode())
                .field(0, "zone", centre.zone().getId())
                .key(0, "calendar")
                .raw(2, "makeUpDaysAreWorkingDays", centre.calendar().makeUpDaysAreWorkingDays())
                .toString();
    }

    /**
     * {@code calendar/<year>.yaml} from the national years, {@code calendar/local/<year>.yaml} from
     * what the county's year adds to the national one (nothing when it adds nothing).
     */
    private void calendarFiles(JurisdictionCode county, Map<String, String> files) {
        Map<Integer, CalendarYear> national = new TreeMap<>();
        calendars.years(JurisdictionCode.NATIONAL).forEach(y -> national.put(y.year(), y));
        Map<Integer, CalendarYear> local = new TreeMap<>();
        calendars.years(county).forEach(y -> local.put(y.year(), y));
        for (CalendarYear year : national.values()) {
            files.put("calendar/" + year.year() + ".yaml", nationalYear(year));
        }
        for (CalendarYear year : local.values()) {
            CalendarYear base = national.get(year.year());
            if (base == null) {
                // A county year without its national year: write it whole as that year's schedule.
                files.put("calendar/" + year.year() + ".yaml", nationalYear(year));
                continue;
            }
            Map<LocalDate, String> extra = new TreeMap<>(year.holidays());
            extra.keySet().removeAll(base.holidays().keySet());
            String prefix = base.source() + "; ";
            if (!extra.isEmpty() || !year.source().equals(base.source())) {
                String source = year.source().startsWith(prefix) ? year.source().substring(prefix.length())
                        : year.source();
                files.put("calendar/local/" + year.year() + ".yaml", localYear(year.year(), source, extra));
            }
        }
    }

    private static String nationalYear(CalendarYear year) {
        YamlWriter yaml = new YamlWriter()
                .comment("The national holiday schedule of " + year.year() + ". Exported by OpenHall.")
                .raw(0, "year", year.year())
                .field(0, "source", year.source());
        holidays(yaml, year.holidays());
        yaml.line(0, "makeUpWorkdays: [" + String.join(", ",
                year.makeUpWorkdays().stream().map(LocalDate::toString).toList()) + "]");
        return yaml.toString();
    }

    private static String localYear(int year, String source, Map<LocalDate, String> holidays) {
        YamlWriter yaml = new YamlWriter()
                .comment("The county's own days off in " + year + ", added to calendar/" + year
                        + ".yaml. Exported by OpenHall.")
                .raw(0, "year", year)
                .field(0, "source", source);
        holidays(yaml, holidays);
        return yaml.toString();
    }

    /** Consecutive days of the same name become one {@code from}–{@code to} holiday. */
    private static void holidays(YamlWriter yaml, Map<LocalDate, String> days) {
        yaml.key(0, "holidays");
        LocalDate from = null;
        LocalDate to = null;
        String name = null;
        for (Map.Entry<LocalDate, String> day : new TreeMap<>(days).entrySet()) {
            if (name != null && name.equals(day.getValue()) && to.plusDays(1).equals(day.getKey())) {
                to = day.getKey();
                continue;
            }
            if (name != null) {
                yaml.element(2, YamlWriter.flowMap("name", name, "from", from, "to", to));
            }
            name = day.getValue();
            from = day.getKey();
            to = day.getKey();
        }
        if (name != null) {
            yaml.element(2, YamlWriter.flowMap("name", name, "from", from, "to", to));
        }
    }

    private static String network(NetworkDefinition network) {
        YamlWriter yaml = new YamlWriter()
                .comment("The service network: departments, halls and village stations. Exported by OpenHall.")
                .key(0, "departments");
        for (DepartmentDefinition d : network.departments()) {
            yaml.element(2, YamlWriter.flowMap("code", d.code().value(), "name", d.name(), "stationed", d.stationed()));
        }
        yaml.blank().key(0, "halls");
        Map<String, List<HallDefinition>> villages = new LinkedHashMap<>();
        for (HallDefinition hall : network.halls()) {
            if (hall.level() == AdministrativeLevel.VILLAGE) {
                villages.computeIfAbsent(hall.parent().value(), p -> new ArrayList<>()).add(hall);
                continue;
            }
            yaml.elementStart(2, "code", hall.code().value())
                    .field(4, "name", hall.name())
                    .field(4, "level", hall.level().name())
                    .field(4, "parent", hall.parent() == null ? null : hall.parent().value())
                    .field(4, "address", hall.address())
                    .field(4, "openingHours", hall.openingHours())
                    .flowList(4, "items", hall.items().stream().map(i -> i.value()).toList());
        }
        if (!villages.isEmpty()) {
            yaml.blank().key(0, "villages");
            villages.forEach((township, stations) -> {
                yaml.key(2, township);
                stations.forEach(v -> yaml.element(4, YamlWriter.flowMap("code", v.code().value(), "name", v.name(),
                        "address", v.address(), "openingHours", v.openingHours(),
                        "items", v.items().stream().map(i -> i.value()).toList())));
            });
        }
        return yaml.toString();
    }

    private static String windows(List<WindowDefinition> windows) {
        YamlWriter yaml = new YamlWriter()
                .comment("The windows with their items, authority and A/B posts. Exported by OpenHall.")
                .key(0, "windows");
        for (WindowDefinition w : windows) {
            yaml.elementStart(2, "code", w.code().value())
                    .field(4, "hall", w.hall().value())
                    .field(4, "name", w.name())
                    .field(4, "kind", w.kind().name())
                    .field(4, "department", w.department() == null ? null : w.department().value())
                    .key(4, "items");
            for (WindowItem item : w.items()) {
                yaml.element(6, YamlWriter.flowMap("item", item.item().value(), "decidedAtWindow",
                        item.decidedAtWindow()));
            }
            yaml.field(4, "postA", w.postA().value())
                    .field(4, "postB", Optional.ofNullable(w.postB()).map(p -> p.value()).orElse(null));
        }
        return yaml.toString();
    }

    private static String staff(List<StaffDefinition> staff) {
        YamlWriter yaml = new YamlWriter()
                .comment("The staff. Exported by OpenHall.")
                .comment("Passwords are not exported: an account opened from this file cannot sign in until an")
                .comment("administrator sets its password (or a password is added here before importing).")
                .key(0, "staff");
        for (StaffDefinition s : staff) {
            yaml.element(2, YamlWriter.flowMap("username", s.username().value(), "displayName", s.displayName(),
                    "roles", s.roles().stream().map(Enum::name).toList(),
                    "department", s.department() == null ? null : s.department().value(),
                    "hall", s.hall() == null ? null : s.hall().value()));
        }
        return yaml.toString();
    }

    /** Every published item, by code, with each element; defaults are left out as a person writes them. */
    private static String items(List<ItemDefinition> definitions) {
        YamlWriter yaml = new YamlWriter()
                .comment("The catalog: every published item with its eight public elements. Exported by OpenHall.")
                .key(0, "items");
        List<ItemDefinition> sorted = new ArrayList<>(definitions);
        sorted.sort(Comparator.comparing(d -> d.code().value()));
        for (ItemDefinition item : sorted) {
            yaml.blank().elementStart(2, "code", item.code().value())
                    .field(4, "nationalCode", item.nationalCode())
                    .field(4, "name", item.name())
                    .field(4, "kind", item.kind().name())
                    .flowList(4, "applicantTypes", names(item.applicantTypes()))
                    .field(4, "department", item.department().value())
                    .field(4, "implementingBody", item.implementingBody())
                    .field(4, "level", item.level().name())
                    .key(4, "legalBases");
            for (LegalBasis basis : item.legalBases()) {
                yaml.element(6, YamlWriter.flowMap("law", basis.law(),
                        "article", basis.article().isEmpty() ? null : basis.article()));
            }
            yaml.blockList(4, "conditions", item.conditions());
            if (!item.materials().isEmpty()) {
                yaml.key(4, "materials");
                item.materials().forEach(m -> yaml.element(6, material(m)));
            }
            yaml.blockList(4, "approvalStandards", item.approvalStandards())
                    .blockList(4, "resultDocuments", item.resultDocuments())
                    .key(4, "procedure");
            for (ProcedureStep step : item.procedure()) {
                yaml.element(6, YamlWriter.flowMap("name", step.name(), "role", step.handlerRole(),
                        "workingDays", step.limitWorkingDays(), "special", step.special() ? true : null));
            }
            yaml.raw(4, "statutoryLimit", item.statutoryLimitWorkingDays())
                    .raw(4, "promisedLimit", item.promisedLimitWorkingDays());
            if (item.fees().isEmpty()) {
                yaml.line(4, "fees: []");
            } else {
                yaml.key(4, "fees");
                item.fees().forEach(f -> yaml.element(6, YamlWriter.flowMap("name", f.name(),
                        "amount", f.amount().yuan().toPlainString(), "basis", f.basis())));
            }
            WindowAuthority authority = item.windowAuthority();
            yaml.flowList(4, "deliveryMethods", names(item.deliveryMethods()))
                    .line(4, "windowAuthority: " + YamlWriter.flowMap("decidedAtWindow", authority.decidedAtWindow(),
                            "stepsReturnedToDepartment", authority.stepsReturnedToDepartment().isEmpty() ? null
                                    : authority.stepsReturnedToDepartment()));
            yaml.raw(4, "maxVisits", item.maxVisits())
                    .raw(4, "onlineAvailable", item.onlineAvailable());
            if (!item.keywords().isEmpty()) {
                yaml.flowList(4, "keywords", item.keywords());
            }
        }
        return yaml.toString();
    }

    private static String material(RequiredMaterial m) {
        return YamlWriter.flowMap("code", m.code(), "name", m.name(), "original", m.original(),
                "copies", m.copies() == 1 ? null : m.copies(),
                "requirement", m.requirement() == MaterialRequirement.REQUIRED ? null : m.requirement().name(),
                "condition", m.condition(),
                "form", m.form() == MaterialForm.PAPER ? null : m.form().name(),
                "supplyLaterAllowed", m.supplyLaterAllowed() ? true : null,
                "sampleForm", m.sampleFormRef());
    }

    /** Enum constants in their declared order, so that a set is always written the same way. */
    private static <E extends Enum<E>> List<String> names(java.util.Set<E> values) {
        return values.stream().sorted().map(Enum::name).toList();
    }

    private static String parameters(Map<String, String> stored) {
        YamlWriter yaml = new YamlWriter()
                .comment("The county's rule parameters. Exported by OpenHall.")
                .key(0, "parameters");
        new TreeMap<>(stored).forEach((key, value) -> {
            if (!key.startsWith(CentreParameters.PREFIX)) {
                yaml.field(2, key, value);
            }
        });
        return yaml.toString();
    }
}
