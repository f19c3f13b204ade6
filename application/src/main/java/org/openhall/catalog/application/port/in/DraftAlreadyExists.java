package org.openhall.catalog.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** The item already has a draft; an item has at most one, to be revised, published or discarded. */
public final class DraftAlreadyExists extends DomainProblem {

    public DraftAlreadyExists(String itemCode) {
        super("item.draft-exists", ProblemKind.CONFLICT, "Item " + itemCode + " already has a draft",
                Map.of("itemCode", itemCode));
    }
}
