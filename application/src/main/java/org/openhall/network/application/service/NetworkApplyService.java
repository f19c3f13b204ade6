package org.openhall.network.application.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.catalog.application.port.in.ApprovalItemQuery;
import org.openhall.catalog.application.port.in.ApprovalItemView;
import org.openhall.network.application.port.in.ApplyNetworkUseCase;
import org.openhall.network.application.port.in.DepartmentDefinition;
import org.openhall.network.application.port.in.HallDefinition;
import org.openhall.network.application.port.in.NetworkDefinition;
import org.openhall.network.application.port.in.RegisterHallCommand;
import org.openhall.network.application.port.in.RegisterNetworkUseCase;
import org.openhall.network.application.port.in.StaffDefinition;
import org.openhall.network.application.port.in.WindowDefinition;
import org.openhall.network.application.port.in.WindowItemOutsideDepartment;
import org.openhall.network.application.port.out.DepartmentRepository;
import org.openhall.network.application.port.out.NetworkChange;
import org.openhall.network.application.port.out.NetworkChange.Action;
import org.openhall.network.application.port.out.NetworkChange.Subject;
import org.openhall.network.application.port.out.NetworkChangeLog;
import org.openhall.network.application.port.out.ServiceHallRepository;
import org.openhall.network.application.port.out.ServiceWindowRepository;
import org.openhall.network.application.port.out.StaffAccountRepository;
import org.openhall.network.domain.Department;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.HandledItem;
import org.openhall.network.domain.ServiceHall;
import org.openhall.network.domain.ServiceWindow;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.network.domain.WindowKind;
import org.openhall.shared.application.ChangeOutcome;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.DepartmentCode;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies definitions of halls, departments, staff and windows to the stored network and records
 * every change in the change log, in the same transaction. Also serves the older "register if
 * absent" calls, as applications that only ever add.
 */
@Application
public class NetworkApplyService implements ApplyNetworkUseCase, RegisterNetworkUseCase {

    private final ServiceHallRepository halls;
    private final DepartmentRepository departments;
    private final ServiceWindowRepository windows;
    private final StaffAccountRepository staff;
    private final NetworkChangeLog changes;
    private final ApprovalItemQuery catalog;
    private final Clock clock;

    public NetworkApplyService(ServiceHallRepository halls, DepartmentRepository departments,
            ServiceWindowRepository windows, StaffAccountRepository staff, NetworkChangeLog changes,
            ApprovalItemQuery catalog, Clock clock) {
        this.halls = halls;
        this.departments = departments;
        this.windows = windows;
        this.staff = staff;
        this.changes = changes;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ChangeOutcome applyHall(HallDefinition definition) {
        ServiceHall hall = Definitions.toHall(definition);
        if (hall.parent() != null) {
            ServiceHall parent = halls.findByCode(hall.parent())
                    .orElseThrow(() -> new ResourceNotFound("hall", hall.parent().value()));
            hall.requireParentLevel(parent.level());
        }
        Optional<ServiceHall> stored = halls.findByCode(hall.code());
        if (stored.isPresent() && stored.get().level() != hall.level() && hasChildren(hall.code())) {
            throw new InvalidValue("hall.level", "a hall with halls below it keeps its level");
        }
        return store(Subject.HALL, hall.code().value(), stored.map(Definitions::of), Definitions.of(hall),
                () -> halls.save(hall));
    }

    @Override
    @Transactional
    public ChangeOutcome applyDepartment(DepartmentDefinition definition) {
        Department department = Definitions.toDepartment(definition);
        return store(Subject.DEPARTMENT, department.code().value(),
                departments.findByCode(department.code()).map(Definitions::of), Definitions.of(department),
                () -> departments.save(department));
    }

    @Override
    @Transactional
    public ChangeOutcome applyWindow(WindowDefinition definition) {
        ServiceWindow window = Definitions.toWindow(definition);
        requireHall(window.hall());
        if (window.kind() == WindowKind.DEPARTMENT) {
            requireDepartment(window.department());
            requireItemsOfDepartment(window);
        }
        requireStaff(window.postA());
        if (window.postB() != null) {
            requireStaff(window.postB());
        }
        return store(Subject.WINDOW, window.code().value(), windows.findByCode(window.code()).map(Definitions::of),
                Definitions.of(window), () -> windows.save(window));
    }

    @Override
    @Transactional
    public ChangeOutcome applyStaff(StaffDefinition definition, String passwordHashForNewAccount) {
        if (definition.username() == null) {
            throw new InvalidValue("username", "must not be blank");
        }
        if (definition.department() != null) {
            requireDepartment(definition.department());
        }
        if (definition.hall() != null) {
            requireHall(definition.hall());
        }
        Optional<StaffAccount> stored = staff.findByUsername(definition.username());
        StaffAccount account = stored
                .map(a -> a.withProfile(definition.displayName(), definition.roles(), definition.department(),
                        definition.hall()))
                .orElseGet(() -> StaffAccount.open(definition.username(), definition.displayName(),
                        passwordHashForNewAccount, definition.roles(), definition.department(), definition.hall()));
        return store(Subject.STAFF, account.username().value(), stored.map(Definitions::of),
                Definitions.of(account), () -> staff.save(account));
    }

    @Override
    @Transactional
    public ChangeOutcome removeWindow(WindowCode code) {
        Optional<ServiceWindow> stored = windows.findByCode(code);
        if (stored.isEmpty()) {
            return ChangeOutcome.UNCHANGED;
        }
        windows.delete(code);
        log(Action.REMOVED, Subject.WINDOW, code.value(), ChangeDetails.described(Definitions.of(stored.get())));
        return ChangeOutcome.REMOVED;
    }

    @Override
    @Transactional(readOnly = true)
    public NetworkDefinition current() {
        return new NetworkDefinition(halls.findAll().stream().map(Definitions::of).toList(),
                departments.findAll().stream().map(Definitions::of).toList(),
                windows.findAll().stream().map(Definitions::of).toList(),
                staff.findAll().stream().map(Definitions::of).toList());
    }

    @Override
    @Transactional
    public boolean registerHallIfAbsent(RegisterHallCommand c) {
        if (halls.findByCode(c.code()).isPresent()) {
            return false;
        }
        return applyHall(new HallDefinition(c.code(), c.name(), c.level(), c.parent(), null, null, List.of()))
                == ChangeOutcome.ADDED;
    }

    @Override
    @Transactional
    public boolean registerDepartmentIfAbsent(Department department) {
        if (departments.findByCode(department.code()).isPresent()) {
            return false;
        }
        return applyDepartment(Definitions.of(department)) == ChangeOutcome.ADDED;
    }

    /** Writes and logs the definition unless the stored state already matches it. */
    private <D extends Record> ChangeOutcome store(Subject subject, String key, Optional<D> before, D after,
            Runnable save) {
        if (before.isPresent() && before.get().equals(after)) {
            return ChangeOutcome.UNCHANGED;
        }
        save.run();
        if (before.isPresent()) {
            log(Action.CHANGED, subject, key, ChangeDetails.differences(before.get(), after));
            return ChangeOutcome.CHANGED;
        }
        log(Action.ADDED, subject, key, ChangeDetails.described(after));
        return ChangeOutcome.ADDED;
    }

    private void log(Action action, Subject subject, String key, String details) {
        changes.append(new NetworkChange(APPLIED_BY, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), action,
                subject, key, details));
    }

    private boolean hasChildren(HallCode hall) {
        return halls.findAll().stream().anyMatch(h -> hall.equals(h.parent()));
    }

    private void requireHall(HallCode code) {
        if (halls.findByCode(code).isEmpty()) {
            throw new ResourceNotFound("hall", code.value());
        }
    }

    private void requireDepartment(DepartmentCode code) {
        if (departments.findByCode(code).isEmpty()) {
            throw new ResourceNotFound("department", code.value());
        }
    }

    private void requireStaff(StaffUsername username) {
        if (staff.findByUsername(username).isEmpty()) {
            throw new ResourceNotFound("staff", username.value());
        }
    }

    /**
     * A department window handles its own department's items only. The published catalog tells an
     * item's department; an item it does not offer (not yet, or no longer) cannot be checked and is
     * taken as defined. The catalog is read through its list, not item by item: a lookup of an
     * unknown item fails, and a failure inside this transaction would doom the whole apply.
     */
    private void requireItemsOfDepartment(ServiceWindow window) {
        if (window.items().isEmpty()) {
            return;
        }
        PublishedCatalog published = PublishedCatalog.read(catalog);
        for (HandledItem handled : window.items()) {
            Optional<ApprovalItemView> item = published.item(handled.item().value());
            if (item.isPresent() && !PublishedCatalog.departmentOf(item.get()).equals(window.department().value())) {
                throw new WindowItemOutsideDepartment(window.code().value(), window.department().value(),
                        handled.item().value(), PublishedCatalog.departmentOf(item.get()));
            }
        }
    }
}
