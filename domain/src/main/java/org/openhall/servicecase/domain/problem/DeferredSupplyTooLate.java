package org.openhall.servicecase.domain.problem;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** The supply deadline of a 容缺受理 lies after the promised due date, which the scheme forbids [local]. */
public final class DeferredSupplyTooLate extends DomainProblem {

    public DeferredSupplyTooLate(LocalDate supplyBy, LocalDate promisedDue) {
        super("case.deferred-supply-too-late", ProblemKind.UNPROCESSABLE,
                "Supply by " + supplyBy + " is after the promised due date " + promisedDue,
                details(supplyBy, promisedDue));
    }

    private static Map<String, Object> details(LocalDate supplyBy, LocalDate promisedDue) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("field", "supplyBy");
        d.put("supplyBy", supplyBy.toString());
        d.put("promisedDue", promisedDue.toString());
        return d;
    }
}
