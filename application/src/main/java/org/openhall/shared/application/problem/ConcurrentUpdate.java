package org.openhall.shared.application.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * Someone else changed the object between our read and our write (optimistic locking). Nothing
 * of our change was written; reload and try again.
 */
public final class ConcurrentUpdate extends DomainProblem {

    public ConcurrentUpdate(String resource, String key) {
        super(resource + ".concurrent-update", ProblemKind.CONFLICT,
                resource + " " + key + " was changed concurrently", Map.of("resource", resource, "key", key));
    }
}
