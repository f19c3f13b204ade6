package org.openhall.catalog.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.CatalogChange;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/**
 * The catalog's change log (事项变更记录): appended to in the transaction of each change, never
 * altered.
 */
@SecondaryPort
public interface CatalogChangeLog {

    void append(CatalogChange change);

    /**
     * Newest first.
     *
     * @param code only this item's changes, or {@code null} for all
     */
    Page<CatalogChange> find(ApprovalItemCode code, PageRequest page);
}
