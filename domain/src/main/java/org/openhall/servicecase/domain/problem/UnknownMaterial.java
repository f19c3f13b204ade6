package org.openhall.servicecase.domain.problem;

import java.util.List;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A material code that the item's catalog entry does not list. */
public final class UnknownMaterial extends DomainProblem {

    public UnknownMaterial(String itemCode, List<String> unknownCodes) {
        super("case.unknown-material", ProblemKind.UNPROCESSABLE,
                "Item " + itemCode + " lists no material " + String.join(", ", unknownCodes),
                Map.of("itemCode", itemCode, "materials", List.copyOf(unknownCodes)));
    }
}
