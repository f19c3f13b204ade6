package org.openhall.bootstrap.countypack;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openhall.catalog.application.port.in.ApplyCatalogUseCase;
import org.openhall.catalog.application.port.in.ApprovalItemQuery;
import org.openhall.catalog.application.port.in.ItemDefinition;
import org.openhall.catalog.domain.ApplicantType;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.catalog.domain.LegalBasis;
import org.openhall.catalog.domain.RequiredMaterial;
import org.openhall.catalog.domain.WindowAuthority;
import org.openhall.network.application.port.in.OpenStaffAccountCommand;
import org.openhall.network.application.port.in.OpenStaffAccountUseCase;
import org.openhall.network.application.port.in.RegisterHallCommand;
import org.openhall.network.application.port.in.RegisterNetworkUseCase;
import org.openhall.network.domain.Department;
import org.openhall.network.domain.HallCode;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.ImportCalendarYearUseCase;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.CalendarYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Loads the county pack into an empty or older installation on start: calendar years are
 * (re)imported, items and staff that do not exist yet are added. Existing items and accounts are
 * left as they are, so a restart never undoes what administrators changed.
 */
@Component
@ConditionalOnProperty(name = "openhall.county-pack.import-on-start", havingValue = "true", matchIfMissing = true)
class CountyPackImporter implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CountyPackImporter.class);

    /** Who the catalog's change log names for items loaded from the pack. */
    private static final Actor IMPORT = new Actor("county-pack", Set.of(Role.ADMINISTRATOR), null, "县域配置包");

    private final CountyPack pack;
    private final CentreProfile centre;
    private final ImportCalendarYearUseCase calendars;
    private final ApplyCatalogUseCase catalog;
    private final ApprovalItemQuery items;
    private final OpenStaffAccountUseCase staff;
    private final RegisterNetworkUseCase network;
    private final PasswordEncoder passwords;

    CountyPackImporter(CountyPack pack, CentreProfile centre, ImportCalendarYearUseCase calendars,
            ApplyCatalogUseCase catalog, ApprovalItemQuery items, OpenStaffAccountUseCase staff,
            RegisterNetworkUseCase network, PasswordEncoder passwords) {
        this.network = network;
        this.pack = pack;
        this.centre = centre;
        this.calendars = calendars;
        this.catalog = catalog;
        this.items = items;
        this.staff = staff;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        pack.calendars().forEach(y -> calendars.importYear(toCalendarYear(y)));
        int halls = importNetwork();
        int added = 0;
        for (CountyPack.ItemSpec spec : pack.items()) {
            if (!exists(new ApprovalItemCode(spec.code()))) {
                // A pack's items have been in force for as long as anyone will ask.
                catalog.apply(IMPORT, toDefinition(spec), ApprovalItem.SINCE_EVER);
                added++;
            }
        }
        int opened = 0;
        for (CountyPack.StaffSpec s : pack.staff()) {
            if (staff.openIfAbsent(toCommand(s))) {
                opened++;
            }
        }
        log.info("County pack {} loaded: {} calendar year(s), {} new hall(s), {} new item(s) of {}, "
                + "{} new staff account(s) of {}", pack.location(), pack.calendars().size(), halls, added,
                pack.items().size(), opened, pack.staff().size());
    }

    /**
     * Halls first (parents before children), then the village stations of each township, coded
     * {@code <township>-V<nn>} in the order the pack lists them, then departments.
     */
    private int importNetwork() {
        int added = 0;
        for (CountyPack.HallSpec h : pack.network().halls()) {
            if (network.registerHallIfAbsent(new RegisterHallCommand(new HallCode(h.code()), h.name(),
                    AdministrativeLevel.valueOf(h.level()), h.parent() == null ? null : new HallCode(h.parent())))) {
                added++;
            }
        }
        for (Map.Entry<String, List<String>> township : pack.network().villages().entrySet()) {
            List<String> villages = township.getValue();
            for (int i = 0; i < villages.size(); i++) {
                HallCode code = new HallCode("%s-V%02d".formatted(township.getKey(), i + 1));
                if (network.registerHallIfAbsent(new RegisterHallCommand(code, villages.get(i) + "政务服务站",
                        AdministrativeLevel.VILLAGE, new HallCode(township.getKey())))) {
                    added++;
                }
            }
        }
        pack.network().departments().forEach(d -> network.registerDepartmentIfAbsent(
                Department.of(new DepartmentCode(d.code()), d.name())));
        return added;
    }

    private boolean exists(ApprovalItemCode code) {
        try {
            items.versions(code);
            return true;
        } catch (ResourceNotFound absent) {
            return false;
        }
    }

    private CalendarYear toCalendarYear(CountyPack.CalendarYearSpec spec) {
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        for (CountyPack.HolidaySpec h : spec.holidays()) {
            for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                holidays.put(d, h.name());
            }
        }
        return new CalendarYear(centre.jurisdiction(), spec.year(), holidays, new LinkedHashSet<>(spec.makeUpWorkdays()),
                spec.source());
    }

    /**
     * The short catalog entry of the pack as a full definition: the department handles it at city
     * level for natural and legal persons, free of charge, decided at the window, picked up after
     * at most one visit.
     */
    private ItemDefinition toDefinition(CountyPack.ItemSpec s) {
        String body = pack.network().departments().stream().filter(d -> d.code().equals(s.department()))
                .map(CountyPack.DepartmentSpec::name).findFirst().orElse(s.department());
        return new ItemDefinition(new ApprovalItemCode(s.code()), null, s.name(), ItemKind.valueOf(s.kind()),
                EnumSet.of(ApplicantType.NATURAL_PERSON, ApplicantType.LEGAL_PERSON), new DepartmentCode(s.department()),
                body, AdministrativeLevel.CITY, List.of(new LegalBasis(s.legalBasis().law(), s.legalBasis().article())),
                List.of(), s.materials().stream()
                        .map(m -> new RequiredMaterial(m.code(), m.name(), m.original(), m.copies(), m.mandatory()))
                        .toList(),
                List.of(), List.of(), List.of(), s.statutoryLimit(), s.promisedLimit(), List.of(),
                Set.of(DeliveryMethod.PICKUP), WindowAuthority.atWindow(), 1, false, List.of());
    }

    private OpenStaffAccountCommand toCommand(CountyPack.StaffSpec s) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        s.roles().forEach(r -> roles.add(Role.valueOf(r)));
        return new OpenStaffAccountCommand(new StaffUsername(s.username()), s.displayName(),
                passwords.encode(s.password()), roles, s.department() == null ? null : new DepartmentCode(s.department()));
    }
}
