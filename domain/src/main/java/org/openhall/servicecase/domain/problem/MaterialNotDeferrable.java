package org.openhall.servicecase.domain.problem;

import java.util.List;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * 容缺受理 covers only secondary materials the item marks as suppliable later; a missing
 * principal material still needs a one-time notice.
 */
public final class MaterialNotDeferrable extends DomainProblem {

    public MaterialNotDeferrable(List<String> codes) {
        super("case.material-not-deferrable", ProblemKind.UNPROCESSABLE,
                "These materials may not be supplied later: " + String.join(", ", codes),
                Map.of("field", "deferredMaterials", "materials", List.copyOf(codes)));
    }
}
