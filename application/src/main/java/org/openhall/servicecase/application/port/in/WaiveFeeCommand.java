package org.openhall.servicecase.application.port.in;


import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/** 减免: waive the catalog fee {@code feeName} for {@code reason}, before collection. */
public record WaiveFeeCommand(Actor actor, ServiceCaseId caseId, String feeName, String reason) {
}
