package org.openhall.servicecase.application.port.in;


import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/** 环节办结: complete step {@code position} (1 for the first) with the handler's opinion. */
public record CompleteCaseStepCommand(Actor actor, ServiceCaseId caseId, int position, String opinion) {
}
