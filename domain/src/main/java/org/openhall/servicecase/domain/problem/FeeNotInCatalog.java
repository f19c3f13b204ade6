package org.openhall.servicecase.domain.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * A fee the catalog does not prescribe for the case's item version: charging it would be a fee
 * without legal basis (乱收费, Administrative Licensing Law Art. 58-59), so it is refused.
 */
public final class FeeNotInCatalog extends DomainProblem {

    public FeeNotInCatalog(String feeName, List<String> catalogFees) {
        super("case.fee-not-in-catalog", ProblemKind.UNPROCESSABLE,
                "The catalog prescribes no fee " + feeName + " for this item", details(feeName, catalogFees));
    }

    private static Map<String, Object> details(String feeName, List<String> catalogFees) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("field", "fees");
        d.put("feeName", feeName);
        d.put("catalogFees", List.copyOf(catalogFees));
        return d;
    }
}
