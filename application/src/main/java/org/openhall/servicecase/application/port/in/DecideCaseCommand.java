package org.openhall.servicecase.application.port.in;

import org.openhall.servicecase.domain.DecisionOutcome;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/** 办结: decide the case; a denial needs {@code legalBasis} and {@code reason}, an approval may carry a note as reason. */
public record DecideCaseCommand(Actor actor, ServiceCaseId caseId, DecisionOutcome outcome, String legalBasis, String reason) {
}
