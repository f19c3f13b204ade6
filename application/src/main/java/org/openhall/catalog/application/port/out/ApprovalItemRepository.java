package org.openhall.catalog.application.port.out;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** Where the catalog's items are kept. */
@SecondaryPort
public interface ApprovalItemRepository {

    Optional<ApprovalItem> findByCode(ApprovalItemCode code);

    boolean exists(ApprovalItemCode code);

    /** Items ordered by code. */
    Page<ApprovalItem> findAll(PageRequest page);

    void save(ApprovalItem item);
}
