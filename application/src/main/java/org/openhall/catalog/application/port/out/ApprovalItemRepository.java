package org.openhall.catalog.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/**
 * Where the versions of the catalog's items are kept. A stored version never changes except for
 * the end of its period, which is set once, when the next version takes over.
 */
@SecondaryPort
public interface ApprovalItemRepository {

    /** Every version of the item, oldest first; empty for a code the catalog never had. */
    List<ApprovalItem> findVersions(ApprovalItemCode code);

    /**
     * Every version of the item as stored now, for a change of the item that follows in the same
     * transaction: never an answer kept in memory, which may lag behind another writer's change.
     */
    default List<ApprovalItem> findVersionsToChange(ApprovalItemCode code) {
        return findVersions(code);
    }

    Optional<ApprovalItem> findVersion(ApprovalItemCode code, int version);

    /** The latest version of every item the catalog ever had, by code. */
    List<ApprovalItem> findLatestVersions();

    /** The versions published and in force on {@code day}, by code: that day's catalog. */
    List<ApprovalItem> findPublishedOn(LocalDate day);

    /** One page of {@link #findPublishedOn(LocalDate)}. */
    Page<ApprovalItem> findPublishedOn(LocalDate day, PageRequest page);

    /**
     * The versions published and in force on {@code day} in which every one of {@code words}
     * occurs — ignoring case, each within one of the name, the department code, the implementing
     * body or a keyword — by code. Backed by an index, not by reading every item.
     *
     * @param words lower-case, without white space, at least one
     */
    Page<ApprovalItem> searchPublishedOn(LocalDate day, List<String> words, PageRequest page);

    /**
     * Stores a new version.
     *
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate when a version with the same
     *         number was stored meanwhile, or another version of the item is still open-ended
     */
    void add(ApprovalItem version);

    /**
     * Stores the end of a stored version's period, which was open-ended until now.
     *
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate when another change ended it
     *         meanwhile
     */
    void endPeriod(ApprovalItem version);
}
