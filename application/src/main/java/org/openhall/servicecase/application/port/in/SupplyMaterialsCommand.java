package org.openhall.servicecase.application.port.in;

import java.util.Set;

import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/** 补正: the applicant hands in what the notice asked for. */
public record SupplyMaterialsCommand(Actor actor, ServiceCaseId caseId, Set<String> materials) {

    public SupplyMaterialsCommand {
        materials = Set.copyOf(materials);
    }
}
