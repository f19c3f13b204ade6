package org.openhall.bootstrap.countypack;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.openhall.bootstrap.audit.ScheduledJobAudit;
import org.openhall.bootstrap.countypack.ImportReport.Change;
import org.openhall.bootstrap.countypack.ImportReport.Kind;
import org.openhall.catalog.application.port.in.ApplyCatalogUseCase;
import org.openhall.catalog.application.port.in.ItemDefinition;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.application.port.in.ApplyNetworkUseCase;
import org.openhall.network.application.port.in.HallDefinition;
import org.openhall.network.application.port.in.NetworkDefinition;
import org.openhall.network.application.port.in.ProvisionSecondFactorUseCase;
import org.openhall.network.application.port.in.StaffDefinition;
import org.openhall.network.application.port.in.WindowDefinition;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.shared.application.ChangeOutcome;
import org.openhall.shared.application.port.in.CalendarYearQuery;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.in.ImportCalendarYearUseCase;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.CalendarYear;
import org.openhall.shared.domain.calendar.JurisdictionCode;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a validated county pack in one transaction: the centre, calendars, departments, halls,
 * staff, items, windows and parameters, each through its context's use case, which joins the
 * transaction. What the pack no longer holds is removed where the contexts allow it (windows are
 * removed, items abolished, parameters dropped); halls, departments, staff and calendar years are
 * kept, because cases and accounts refer to them. A failure anywhere rolls everything back.
 *
 * <p>Every import leaves one record in the audit trail, whoever started it (the first start, the
 * {@code pack import} command): it changes accounts, the catalog and the rules without an HTTP request,
 * so the request audit never sees it.
 */
@Component
public class CountyPackImporter {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why an item the pack no longer holds is abolished (清理), as the catalog's audit records it. */
    static final String ABOLISHED = "县域配置包不再包含此事项（清理）";

    /** The action of an import's audit record. */
    public static final String AUDIT_ACTION = "county-pack import";

    /** Who an import is recorded as when no person started it (the first start). */
    public static final String SYSTEM_ACTOR = ScheduledJobAudit.SYSTEM + "county-pack";

    /** Who the catalog's audit names for the changes of an import. */
    static final Actor IMPORTER = new Actor("county-pack", EnumSet.of(Role.ADMINISTRATOR, Role.CATALOG_ADMINISTRATOR),
            null, "县域配置包导入");

    private final TransactionTemplate transaction;
    private final ImportCalendarYearUseCase calendars;
    private final CalendarYearQuery storedYears;
    private final ApplyNetworkUseCase network;
    private final ApplyCatalogUseCase catalog;
    private final CountyParameters parameters;
    private final PasswordEncoder passwords;
    private final ProvisionSecondFactorUseCase secondFactors;
    private final ScheduledJobAudit audit;

    public CountyPackImporter(PlatformTransactionManager transactions, ImportCalendarYearUseCase calendars,
            CalendarYearQuery storedYears, ApplyNetworkUseCase network, ApplyCatalogUseCase catalog,
            CountyParameters parameters, PasswordEncoder passwords,
            ProvisionSecondFactorUseCase secondFactors, ScheduledJobAudit audit) {
        this.transaction = new TransactionTemplate(transactions);
        this.calendars = calendars;
        this.storedYears = storedYears;
        this.network = network;
        this.catalog = catalog;
        this.parameters = parameters;
        this.passwords = passwords;
        this.secondFactors = secondFactors;
        this.audit = audit;
    }

    /**
     * Imports {@code pack}; new item versions take effect on {@code effectiveFrom}. Recorded in the audit
     * trail once the transaction committed or rolled back, with its outcome.
     *
     * @param actor who the audit trail names: {@link #SYSTEM_ACTOR}, or the operator of a command
     * @return what each step did
     */
    public ImportReport importPack(String actor, ValidatedPack pack, LocalDate effectiveFrom,
            ImportProgress progress) {
        String object = "pack=" + pack.location() + ",jurisdiction=" + pack.centre().jurisdiction()
                + ",effectiveFrom=" + effectiveFrom;
        ImportReport report;
        try {
            report = applyInOneTransaction(pack, effectiveFrom, progress);
        } catch (RuntimeException | Error failure) {
            audit.record(actor, AUDIT_ACTION, object, failure);
            throw failure;
        }
        audit.record(actor, AUDIT_ACTION, object, null);
        return report;
    }

    private ImportReport applyInOneTransaction(ValidatedPack pack, LocalDate effectiveFrom, ImportProgress progress) {
        return transaction.execute(status -> {
            List<Step> steps = plan(pack, effectiveFrom);
            List<Change> changes = new ArrayList<>();
            for (Step step : steps) {
                Change change = new Change(step.kind(), step.key(), step.apply().get());
                changes.add(change);
                progress.applied(changes.size(), steps.size(), change);
            }
            return new ImportReport(pack.location(), changes);
        });
    }

    /** One call of a use case: what it applies and the call itself. */
    private record Step(Kind kind, String key, Supplier<ChangeOutcome> apply) {
    }

    private List<Step> plan(ValidatedPack pack, LocalDate effectiveFrom) {
        List<Step> steps = new ArrayList<>();
        Map<String, String> storedParameters = parameters.all();
        CentreParameters.of(pack.centre()).forEach((key, value) ->
                steps.add(new Step(Kind.CENTRE, key, () -> parameters.put(key, value))));
        calendarSteps(pack, steps);

        NetworkDefinition stored = network.current();
        pack.departments().forEach(d -> steps.add(new Step(Kind.DEPARTMENTS, d.code().value(),
                () -> network.applyDepartment(d))));
        pack.halls().stream().sorted(Comparator.comparing((HallDefinition h) -> h.level().ordinal()))
                .forEach(h -> steps.add(new Step(Kind.HALLS, h.code().value(), () -> network.applyHall(h))));
        Set<StaffUsername> accounts = new HashSet<>();
        stored.staff().forEach(s -> accounts.add(s.username()));
        for (StaffEntry entry : pack.staff()) {
            StaffDefinition staff = entry.definition();
            boolean isNew = !accounts.contains(staff.username());
            steps.add(new Step(Kind.STAFF, staff.username().value(), () -> {
                ChangeOutcome outcome = network.applyStaff(staff, isNew ? passwordHash(entry.password()) : null);
                // A demo account gets the pack's second factor once, when it is opened; afterwards
                // the factor belongs to its holder and a re-import leaves it alone.
                if (isNew && entry.totpSecret() != null) {
                    secondFactors.provisionIfAbsent(staff.username().value(), entry.totpSecret());
                }
                return outcome;
            }));
        }
        // Items before windows: a department window may only handle its department's published items.
        pack.items().forEach(item -> steps.add(new Step(Kind.ITEMS, item.code().value(),
                () -> catalog.apply(IMPORTER, item, effectiveFrom))));
        Set<ApprovalItemCode> packItems = new HashSet<>();
        pack.items().forEach(item -> packItems.add(item.code()));
        catalog.currentDefinitions().stream().map(ItemDefinition::code).filter(code -> !packItems.contains(code))
                .forEach(code -> steps.add(new Step(Kind.ITEMS, code.value(),
                        () -> catalog.abolish(IMPORTER, code, effectiveFrom, ABOLISHED))));
        pack.windows().forEach(w -> steps.add(new Step(Kind.WINDOWS, w.code().value(), () -> network.applyWindow(w))));
        Set<WindowCode> packWindows = new HashSet<>();
        pack.windows().forEach(w -> packWindows.add(w.code()));
        stored.windows().stream().map(WindowDefinition::code).filter(code -> !packWindows.contains(code))
                .forEach(code -> steps.add(new Step(Kind.WINDOWS, code.value(), () -> network.removeWindow(code))));

        pack.parameters().forEach((key, value) -> steps.add(new Step(Kind.PARAMETERS, key,
                () -> parameters.put(key, value))));
        storedParameters.keySet().stream()
                .filter(key -> !key.startsWith(CentreParameters.PREFIX) && !pack.parameters().containsKey(key))
                .forEach(key -> steps.add(new Step(Kind.PARAMETERS, key, () -> parameters.remove(key))));
        return steps;
    }

    /**
     * The national years are stored as the national calendar ({@code CN}) and each county year
     * under the county's jurisdiction: deadlines use the county's, an export tells the county's
     * own holidays by comparing the two. A year equal to the stored one is not written again.
     */
    private void calendarSteps(ValidatedPack pack, List<Step> steps) {
        JurisdictionCode county = pack.centre().jurisdiction();
        List<CalendarYear> storedNational = storedYears.years(JurisdictionCode.NATIONAL);
        List<CalendarYear> storedCounty = storedYears.years(county);
        for (CalendarYear year : pack.nationalYears()) {
            steps.add(new Step(Kind.CALENDARS, year.jurisdiction() + "-" + year.year(),
                    () -> importYear(year, storedNational)));
        }
        for (CalendarYear year : pack.countyYears()) {
            steps.add(new Step(Kind.CALENDARS, year.jurisdiction() + "-" + year.year(),
                    () -> importYear(year, storedCounty)));
        }
    }

    private ChangeOutcome importYear(CalendarYear year, List<CalendarYear> stored) {
        Optional<CalendarYear> before = stored.stream().filter(y -> y.year() == year.year()).findFirst();
        if (before.isPresent() && before.get().equals(year)) {
            return ChangeOutcome.UNCHANGED;
        }
        calendars.importYear(year);
        return before.isPresent() ? ChangeOutcome.CHANGED : ChangeOutcome.ADDED;
    }

    /**
     * The hash for a new account: of the pack's demo password, or of a random one nobody knows
     * when the pack gives none (an exported pack never does): such an account cannot sign in
     * until an administrator sets its password.
     */
    private String passwordHash(String password) {
        if (password != null) {
            return passwords.encode(password);
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return passwords.encode(Base64.getEncoder().encodeToString(secret));
    }
}
