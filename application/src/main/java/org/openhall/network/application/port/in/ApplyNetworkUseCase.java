package org.openhall.network.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.network.domain.WindowCode;
import org.openhall.shared.application.ChangeOutcome;

/**
 * Brings the stored service network in line with a definition, one hall, department, window or
 * staff member at a time: how a county pack is imported and re-imported.
 *
 * <p>Each call answers what it did: {@link ChangeOutcome#ADDED} (did not exist, created),
 * {@link ChangeOutcome#CHANGED} (existed and differed, now matches), {@link ChangeOutcome#UNCHANGED}
 * (already matched: nothing written) or, for a removal, {@link ChangeOutcome#REMOVED}. Applying the
 * same definition twice therefore answers {@code UNCHANGED} the second time. Lists (a hall's items,
 * a window's items) are compared as sets: their order does not matter.
 *
 * <p>Every call that writes is recorded in the network's change log (who, when, what, which
 * object, what changed) in the same transaction; as the definitions carry no actor, the log names
 * {@value #APPLIED_BY} as who. An {@code UNCHANGED} call writes nothing, not even a log line.
 *
 * <p>Objects refer to each other, so apply them in this order: halls (parents first), departments,
 * staff, windows. A call that refers to something unknown is refused with a {@code …not-found}
 * problem and writes nothing.
 */
@PrimaryPort
public interface ApplyNetworkUseCase {

    /** Who the change log names for the changes made through this port. */
    String APPLIED_BY = "system";

    /**
     * @throws org.openhall.shared.application.problem.ResourceNotFound {@code hall.not-found} for an unknown parent
     * @throws org.openhall.shared.domain.InvalidValue for a parent of the wrong level, blank name, repeated item…
     */
    ChangeOutcome applyHall(HallDefinition definition);

    ChangeOutcome applyDepartment(DepartmentDefinition definition);

    /**
     * Applies a window. A department window may only handle its own department's items: that is
     * checked against the catalog for every item the catalog knows (published); items the catalog
     * does not know (or no longer offers) are taken as they are.
     *
     * @throws org.openhall.shared.application.problem.ResourceNotFound {@code hall.not-found},
     *         {@code department.not-found} or {@code staff.not-found} for what the window refers to
     * @throws WindowItemOutsideDepartment when a department window lists another department's item
     * @throws org.openhall.shared.domain.InvalidValue for the same person on both posts, a repeated item…
     */
    ChangeOutcome applyWindow(WindowDefinition definition);

    /**
     * Applies a staff member's profile: name, roles, department and hall. A new account is opened
     * with {@code passwordHashForNewAccount} (already hashed by the caller's encoder); an existing
     * account keeps its password and whether it is enabled.
     *
     * @throws org.openhall.shared.application.problem.ResourceNotFound {@code department.not-found} or
     *         {@code hall.not-found}
     */
    ChangeOutcome applyStaff(StaffDefinition definition, String passwordHashForNewAccount);

    /** Removes a window: {@link ChangeOutcome#REMOVED}, or {@link ChangeOutcome#UNCHANGED} if there is none. */
    ChangeOutcome removeWindow(WindowCode code);

    /**
     * The stored network as definitions: halls in network order (city, townships, villages, by
     * code), departments, windows and staff by code; items in code order; no passwords.
     */
    NetworkDefinition current();
}
