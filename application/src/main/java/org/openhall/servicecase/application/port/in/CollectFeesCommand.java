package org.openhall.servicecase.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.money.Money;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/** 一票制收费: collect the named fees (fee name → amount charged) under one receipt. */
public record CollectFeesCommand(Actor actor, ServiceCaseId caseId, String receiptNumber, Map<String, Money> amounts) {

    public CollectFeesCommand {
        amounts = amounts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(amounts));
    }
}
