package org.openhall.servicecase.application.port.in;

import java.time.LocalDate;
import java.util.List;

import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/**
 * 受理: accept a case whose materials are complete, or — 容缺受理 — whose only missing materials
 * are the secondary ones in {@code deferredMaterials}, against the applicant's {@code commitment}
 * to supply them by {@code supplyBy}. Without deferred materials the other two are ignored.
 */
public record AcceptCaseCommand(Actor actor, ServiceCaseId caseId, List<String> deferredMaterials, String commitment,
        LocalDate supplyBy) {

    public AcceptCaseCommand {
        deferredMaterials = deferredMaterials == null ? List.of() : List.copyOf(deferredMaterials);
    }

    public AcceptCaseCommand(Actor actor, ServiceCaseId caseId) {
        this(actor, caseId, List.of(), null, null);
    }
}
