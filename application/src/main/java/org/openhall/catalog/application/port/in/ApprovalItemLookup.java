package org.openhall.catalog.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;

/**
 * Gives other contexts the item itself, so that a case can check its materials and take its
 * limits from the catalog rather than from what a client sends.
 */
@PrimaryPort
public interface ApprovalItemLookup {

    /** @throws org.openhall.shared.application.problem.ResourceNotFound for an unknown code */
    ApprovalItem item(ApprovalItemCode code);
}
