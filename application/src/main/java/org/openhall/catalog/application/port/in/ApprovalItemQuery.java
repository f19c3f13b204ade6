package org.openhall.catalog.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** Reads the published catalog (事项目录): public information, one of the eight publics. */
@PrimaryPort
public interface ApprovalItemQuery {

    /** The longest search text. */
    int MAX_SEARCH_LENGTH = 100;

    /** The most words a search text may hold. */
    int MAX_SEARCH_WORDS = 8;

    /** The catalog published today, by code: every item whose version in force is published. */
    Page<ApprovalItemView> list(PageRequest page);

    /**
     * The items published today that match {@code text}, by code: every word of it (words are
     * separated by white space) occurs, ignoring case, in the item's name, department code,
     * implementing body or one of its keywords. Chinese has no spaces between words, so
     * {@code 食品 许可} finds 食品经营许可 where {@code 食品许可} would not. A blank text lists the
     * whole catalog.
     *
     * @throws org.openhall.shared.domain.InvalidValue for a text of more than
     *         {@value #MAX_SEARCH_WORDS} words or {@value #MAX_SEARCH_LENGTH} characters
     */
    Page<ApprovalItemView> search(String text, PageRequest page);

    /**
     * The version in force today, in short, whatever its status.
     *
     * @throws org.openhall.shared.application.problem.ResourceNotFound when no version is in force today
     */
    ApprovalItemView get(ApprovalItemCode code);

    /**
     * The version in force today with every element, whatever its status.
     *
     * @throws org.openhall.shared.application.problem.ResourceNotFound when no version is in force today
     */
    ItemVersionView current(ApprovalItemCode code);

    /**
     * Every version of the item, oldest first: its history of publication, suspension and abolition.
     *
     * @throws org.openhall.shared.application.problem.ResourceNotFound for a code the catalog never had
     */
    List<ItemVersionSummaryView> versions(ApprovalItemCode code);

    /**
     * One version with every element.
     *
     * @throws org.openhall.shared.application.problem.ResourceNotFound for a version the catalog does not have
     */
    ItemVersionView version(ApprovalItemCode code, int version);
}
