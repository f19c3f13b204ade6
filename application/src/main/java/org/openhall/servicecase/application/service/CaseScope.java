package org.openhall.servicecase.application.service;

import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.OutsideHallScope;
import org.openhall.shared.domain.access.Actor;

/**
 * The one check every use case on a stored case makes before it reads or changes it: the case
 * is held at the actor's hall and level (三级) and belongs to the actor's department (部门). Kept
 * in one place so that no use case checks one scope and forgets the other.
 */
final class CaseScope {

    private CaseScope() {
    }

    /**
     * The hall comes first: a case held at another hall is outside the actor's work whatever its
     * department, so a township clerk is told that, not which department the city case belongs to.
     *
     * @throws OutsideHallScope when the case is held at another hall or level
     * @throws OutsideDepartmentScope when it is another department's work at the actor's hall
     */
    static void require(Actor actor, ServiceCase serviceCase) {
        if (!actor.mayActAt(serviceCase.place())) {
            throw new OutsideHallScope(actor, serviceCase.place());
        }
        if (!actor.mayActFor(serviceCase.department())) {
            throw new OutsideDepartmentScope(actor, serviceCase.department());
        }
    }
}
