package org.openhall.shared.application.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;

/** A clerk or approver reached for another department's work: each sees and acts on their own. */
public final class OutsideDepartmentScope extends DomainProblem {

    public OutsideDepartmentScope(Actor actor, DepartmentCode department) {
        super("access.outside-department", ProblemKind.FORBIDDEN,
                "User " + actor.username() + " may not act for department " + department.value(),
                Map.of("department", department.value()));
    }
}
