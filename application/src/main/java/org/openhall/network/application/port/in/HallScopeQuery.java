package org.openhall.network.application.port.in;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.network.domain.WindowCode;
import org.openhall.shared.domain.access.HallScope;

/**
 * Where staff and windows stand in the three-level network (三级): the hall and its level, which
 * scope what a staff member may act on and where a case received at a window is held.
 */
@PrimaryPort
public interface HallScopeQuery {

    /**
     * The hall {@code username} works at, with its level; empty for an unknown account or one
     * tied to no hall (supervisors, administrators).
     */
    Optional<HallScope> scopeOfStaff(String username);

    /**
     * The hall {@code window} belongs to, with its level.
     *
     * @throws org.openhall.shared.application.problem.ResourceNotFound {@code window.not-found}
     */
    HallScope scopeOfWindow(WindowCode window);
}
