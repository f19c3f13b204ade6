package org.openhall.catalog.application.port.in;

import java.time.LocalDate;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;

/**
 * What catalog administrators (事项管理员) do to the catalog (事项动态管理): prepare a new version as
 * a draft, publish it from a day, suspend an item and resume it, abolish it. Every change is
 * written to the change log in the same transaction, with who, when and why.
 *
 * <p>Every method refuses an actor without {@link org.openhall.shared.domain.access.Role#CATALOG_ADMINISTRATOR}
 * ({@link CatalogAdministratorRequired}); changes dated before today are refused for items already
 * in the catalog ({@link org.openhall.catalog.domain.problem.RetroactiveChange}).
 */
@PrimaryPort
public interface MaintainCatalogUseCase {

    /**
     * Starts a draft of the item's next version, or of a new item.
     *
     * @throws DraftAlreadyExists when the item has a draft
     */
    ItemVersionView createDraft(Actor actor, ItemDefinition definition);

    /**
     * Replaces the content of the item's draft.
     *
     * @throws org.openhall.shared.application.problem.ResourceNotFound ({@code draft.not-found}) without a draft
     */
    ItemVersionView reviseDraft(Actor actor, ItemDefinition definition);

    /** Reads the item's draft; {@code draft.not-found} without one. */
    ItemVersionView draft(Actor actor, ApprovalItemCode code);

    /** Every draft, by code. */
    Page<ItemVersionView> drafts(Actor actor, PageRequest page);

    /** Throws the draft away; {@code draft.not-found} without one. */
    void discardDraft(Actor actor, ApprovalItemCode code);

    /**
     * Publishes the draft as the item's next version from {@code from}; the previous version ends the
     * day before. The draft is gone afterwards.
     */
    ItemVersionView publishDraft(Actor actor, ApprovalItemCode code, LocalDate from);

    /**
     * 暂停办理 from {@code from}: no new applications, cases already received go on.
     *
     * @throws org.openhall.catalog.domain.problem.ItemStatusConflict unless the item is published
     */
    ItemVersionView suspend(Actor actor, ApprovalItemCode code, LocalDate from, String reason);

    /**
     * 恢复办理 from {@code from}, with the content it had.
     *
     * @throws org.openhall.catalog.domain.problem.ItemStatusConflict unless the item is suspended
     */
    ItemVersionView resume(Actor actor, ApprovalItemCode code, LocalDate from, String note);

    /**
     * 取消 from {@code from}.
     *
     * @throws org.openhall.catalog.domain.problem.ItemStatusConflict when it is already abolished
     */
    ItemVersionView abolish(Actor actor, ApprovalItemCode code, LocalDate from, String reason);
}
