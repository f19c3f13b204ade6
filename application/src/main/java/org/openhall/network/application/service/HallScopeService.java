package org.openhall.network.application.service;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.network.application.port.in.HallScopeQuery;
import org.openhall.network.application.port.out.ServiceHallRepository;
import org.openhall.network.application.port.out.ServiceWindowRepository;
import org.openhall.network.application.port.out.StaffAccountRepository;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.ServiceWindow;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.access.HallScope;
import org.springframework.transaction.annotation.Transactional;

/** Reads the hall and level of a staff member or a window from the stored network. */
@Application
public class HallScopeService implements HallScopeQuery {

    private final StaffAccountRepository accounts;
    private final ServiceWindowRepository windows;
    private final ServiceHallRepository halls;

    public HallScopeService(StaffAccountRepository accounts, ServiceWindowRepository windows,
            ServiceHallRepository halls) {
        this.accounts = accounts;
        this.windows = windows;
        this.halls = halls;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HallScope> scopeOfStaff(String username) {
        StaffUsername name;
        try {
            name = new StaffUsername(username);
        } catch (DomainProblem notAStaffName) {
            // A JWT or system actor may bear a name no account can have: it has no hall here.
            return Optional.empty();
        }
        return accounts.findByUsername(name).map(StaffAccount::hall).flatMap(this::scopeOf);
    }

    @Override
    @Transactional(readOnly = true)
    public HallScope scopeOfWindow(WindowCode window) {
        ServiceWindow found = windows.findByCode(window)
                .orElseThrow(() -> new ResourceNotFound("window", window.value()));
        // A window always belongs to a stored hall; should that hall be gone, the window's work is
        // held where every unplaced case is: at the city centre.
        return scopeOf(found.hall()).orElse(HallScope.CITY);
    }

    private Optional<HallScope> scopeOf(HallCode hall) {
        return halls.findByCode(hall).map(h -> new HallScope(h.code().value(), h.level()));
    }
}
