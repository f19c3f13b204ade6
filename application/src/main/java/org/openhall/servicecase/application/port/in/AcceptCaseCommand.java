package org.openhall.servicecase.application.port.in;

import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/** 受理: accept a case whose materials are complete. */
public record AcceptCaseCommand(Actor actor, ServiceCaseId caseId) {
}
