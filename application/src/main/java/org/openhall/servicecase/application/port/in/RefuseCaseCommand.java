package org.openhall.servicecase.application.port.in;


import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/** 不予受理: refuse the application in writing; the legal basis and the reason are both mandatory. */
public record RefuseCaseCommand(Actor actor, ServiceCaseId caseId, String legalBasis, String reason) {
}
