package org.openhall.servicecase.domain.problem;

import java.util.List;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * At the window the clerk confirmed a material the applicant never declared in the pre-application:
 * what was pre-reviewed is what is received; anything else goes through an ordinary submission.
 */
public final class MaterialNotDeclared extends DomainProblem {

    public MaterialNotDeclared(List<String> materials) {
        super("pre-application.material-not-declared", ProblemKind.UNPROCESSABLE,
                "Not declared in the pre-application: " + String.join(", ", materials),
                Map.of("materials", List.copyOf(materials)));
    }
}
