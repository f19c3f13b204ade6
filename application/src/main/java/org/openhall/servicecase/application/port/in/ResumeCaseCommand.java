package org.openhall.servicecase.application.port.in;


import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/** 特别程序结束: the special procedure under way ends today; the clocks run again. */
public record ResumeCaseCommand(Actor actor, ServiceCaseId caseId) {
}
