package org.openhall.servicecase.application.port.in;

import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/** 办结: complete an accepted case, with an optional note for the record. */
public record CompleteCaseCommand(Actor actor, ServiceCaseId caseId, String note) {
}
