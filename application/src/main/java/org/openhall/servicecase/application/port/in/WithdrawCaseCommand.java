package org.openhall.servicecase.application.port.in;


import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/** 撤回: the applicant withdraws the application before the decision, for {@code reason}. */
public record WithdrawCaseCommand(Actor actor, ServiceCaseId caseId, String reason) {
}
