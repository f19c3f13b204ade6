package org.openhall.catalog.application.port.out;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ItemDraft;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** Where drafts of the catalog's items are kept, at most one per item. */
@SecondaryPort
public interface ItemDraftRepository {

    Optional<ItemDraft> findByCode(ApprovalItemCode code);

    /** Drafts by code. */
    Page<ItemDraft> findAll(PageRequest page);

    /**
     * Stores a new draft or the new content of a stored one.
     *
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate when another draft of the item
     *         was created meanwhile
     */
    void save(ItemDraft draft);

    /** Removes the item's draft, if it has one. */
    void delete(ApprovalItemCode code);
}
