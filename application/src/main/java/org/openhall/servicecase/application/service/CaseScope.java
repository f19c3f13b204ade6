package org.openhall.servicecase.application.service;

import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.OutsideHallScope;
import org.openhall.shared.domain.access.Actor;

/**
 * The one check every use case on a stored case makes before it reads or changes it: the case
 * belongs to the actor's department (部门) and is held at the actor's hall and level (三级). Kept
 * in one place so that no use case checks one scope and forgets the other.
 */
final class CaseScope {

    private CaseScope() {
    }

    /**
     * @throws OutsideDepartmentScope when the case is another department's work
     * @throws OutsideHallScope when it is held at another hall or level
     */
    static void require(Actor actor, ServiceCase serviceCase) {
        if (!actor.mayActFor(serviceCase.department())) {
            throw new OutsideDepartmentScope(actor, serviceCase.department());
        }
        if (!actor.mayActAt(serviceCase.place())) {
            throw new OutsideHallScope(actor, serviceCase.place());
        }
    }
}
