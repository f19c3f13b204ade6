package org.openhall.servicecase.application.port.in;

import org.openhall.shared.domain.money.Money;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/** 退费: refund {@code amount} of the collected fees for {@code reason}. */
public record RefundFeesCommand(Actor actor, ServiceCaseId caseId, Money amount, String reason) {
}
