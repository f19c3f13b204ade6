package org.openhall.participation.domain.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** More representatives were selected than the announcement offered seats. */
public final class TooManyRepresentatives extends DomainProblem {

    public TooManyRepresentatives(int seats, int selected) {
        super("participation.hearing-too-many-representatives", ProblemKind.UNPROCESSABLE,
                "%d representatives selected for %d seats".formatted(selected, seats), details(seats, selected));
    }

    private static Map<String, Object> details(int seats, int selected) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("seats", seats);
        details.put("selected", selected);
        return details;
    }
}
