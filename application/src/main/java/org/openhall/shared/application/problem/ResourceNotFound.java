package org.openhall.shared.application.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** Nothing of that kind with that key exists (or the caller may not know that it does). */
public final class ResourceNotFound extends DomainProblem {

    public ResourceNotFound(String resource, String key) {
        super(resource + ".not-found", ProblemKind.NOT_FOUND, "No " + resource + " " + key,
                Map.of("resource", resource, "key", key));
    }
}
