package org.openhall.catalog.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** An item with this code is already in the catalog. */
public final class ApprovalItemAlreadyRegistered extends DomainProblem {

    public ApprovalItemAlreadyRegistered(String code) {
        super("item.already-registered", ProblemKind.CONFLICT, "Item " + code + " is already in the catalog",
                Map.of("itemCode", code));
    }
}
