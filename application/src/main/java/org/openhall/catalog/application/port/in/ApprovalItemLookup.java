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

    /**
     * The version in force today, for receiving a new application.
     *
     * @throws org.openhall.shared.application.problem.ResourceNotFound ({@code item.not-found}) for
     *         a code the catalog does not have
     * @throws ItemNotAvailable ({@code item.not-available}) when the item is suspended, abolished, or
     *         not yet in force
     */
    ApprovalItem item(ApprovalItemCode code);

    /**
     * Exactly that version, whatever its status today: a case is handled under the version it was
     * received under.
     *
     * @throws org.openhall.shared.application.problem.ResourceNotFound ({@code item.not-found}) for
     *         a version the catalog does not have
     */
    ApprovalItem item(ApprovalItemCode code, int version);
}
