package org.openhall.supervision.application.service;

import java.util.Optional;

import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.supervision.application.port.in.SupervisorRoleRequired;

/** Who sees and does what in supervision: supervisors everything, a department's approvers their own. */
final class SupervisionAccess {

    private SupervisionAccess() {
    }

    static boolean seesEveryDepartment(Actor actor) {
        return actor.has(Role.SUPERVISOR) || actor.has(Role.ADMINISTRATOR);
    }

    /** The department an actor is confined to, or empty for one who sees them all. */
    static Optional<String> scopeOf(Actor actor) {
        if (seesEveryDepartment(actor)) {
            return Optional.empty();
        }
        if (actor.department() == null) {
            throw new SupervisorRoleRequired(actor, "read supervision records");
        }
        return Optional.of(actor.department().value());
    }

    static void requireSupervisor(Actor actor, String action) {
        if (!actor.has(Role.SUPERVISOR)) {
            throw new SupervisorRoleRequired(actor, action);
        }
    }

    static void requireApproverOf(Actor actor, String department) {
        DepartmentCode code = new DepartmentCode(department);
        if (!actor.has(Role.DEPARTMENT_APPROVER) || !code.equals(actor.department())) {
            throw new OutsideDepartmentScope(actor, code);
        }
    }

    static void requireSees(Actor actor, String department) {
        if (!seesEveryDepartment(actor) && !new DepartmentCode(department).equals(actor.department())) {
            throw new OutsideDepartmentScope(actor, new DepartmentCode(department));
        }
    }
}
