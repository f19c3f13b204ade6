package org.openhall.servicecase.application.port.in;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/**
 * 一次告知: the missing materials are worked out from the item; {@code defects} adds the materials
 * handed in that are defective (material code → what is wrong).
 */
public record RequestSupplementCommand(Actor actor, ServiceCaseId caseId, Map<String, String> defects) {

    public RequestSupplementCommand {
        defects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(defects));
    }
}
