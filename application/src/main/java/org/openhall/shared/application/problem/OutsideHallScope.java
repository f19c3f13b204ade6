package org.openhall.shared.application.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.HallScope;

/**
 * Staff reached for a case held at another hall or level (越级/跨厅办理): township and village
 * staff act only on what their own hall holds, city staff only on city cases.
 */
public final class OutsideHallScope extends DomainProblem {

    public OutsideHallScope(Actor actor, HallScope held) {
        super("case.outside-hall-scope", ProblemKind.FORBIDDEN,
                "User " + actor.username() + " at " + describe(actor.placeOrCity()) + " may not act on work held at "
                        + describe(held),
                arguments(held));
    }

    private static String describe(HallScope scope) {
        return scope.level() + (scope.hall() == null ? "" : " hall " + scope.hall());
    }

    private static Map<String, Object> arguments(HallScope held) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        // The city centre may be recorded without its code: it is then named by its level.
        arguments.put("hall", held.hall() == null ? held.level().name() : held.hall());
        arguments.put("level", held.level().name());
        return arguments;
    }
}
