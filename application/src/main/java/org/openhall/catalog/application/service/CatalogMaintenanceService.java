package org.openhall.catalog.application.service;

import java.time.Clock;
import java.time.LocalDate;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.catalog.application.port.in.CatalogAdministratorRequired;
import org.openhall.catalog.application.port.in.CatalogChangeLogQuery;
import org.openhall.catalog.application.port.in.CatalogChangeView;
import org.openhall.catalog.application.port.in.DraftAlreadyExists;
import org.openhall.catalog.application.port.in.ItemDefinition;
import org.openhall.catalog.application.port.in.ItemVersionView;
import org.openhall.catalog.application.port.in.MaintainCatalogUseCase;
import org.openhall.catalog.application.port.out.ApprovalItemRepository;
import org.openhall.catalog.application.port.out.CatalogChangeLog;
import org.openhall.catalog.application.port.out.ItemDraftRepository;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.CatalogAction;
import org.openhall.catalog.domain.ItemDraft;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.springframework.transaction.annotation.Transactional;

/**
 * Catalog administrators' changes: drafts, publication, suspension, resumption and abolition. Each
 * change stores the new version, ends the previous one and appends its change log entry in one
 * transaction — all of it or none of it.
 */
@Application
public class CatalogMaintenanceService implements MaintainCatalogUseCase, CatalogChangeLogQuery {

    private final ItemDraftRepository drafts;
    private final CatalogChangeLog changeLog;
    private final CatalogRecorder recorder;

    public CatalogMaintenanceService(ApprovalItemRepository items, ItemDraftRepository drafts,
            CatalogChangeLog changeLog, CentreProfile centre, Clock clock) {
        this.drafts = drafts;
        this.changeLog = changeLog;
        this.recorder = new CatalogRecorder(items, changeLog, centre, clock);
    }

    @Override
    @Transactional
    public ItemVersionView createDraft(Actor actor, ItemDefinition definition) {
        requireCatalogAdministrator(actor);
        if (drafts.findByCode(definition.code()).isPresent()) {
            throw new DraftAlreadyExists(definition.code().value());
        }
        ItemDraft draft = ItemDraft.start(definition.code(), definition.content());
        drafts.save(draft);
        recorder.audit(actor, CatalogAction.DRAFT_CREATED, draft.code(), null, null, null);
        return ItemVersionView.of(draft);
    }

    @Override
    @Transactional
    public ItemVersionView reviseDraft(Actor actor, ItemDefinition definition) {
        requireCatalogAdministrator(actor);
        ItemDraft draft = draftOf(definition.code());
        if (draft.revise(definition.content())) {
            drafts.save(draft);
            recorder.audit(actor, CatalogAction.DRAFT_REVISED, draft.code(), null, null, null);
        }
        return ItemVersionView.of(draft);
    }

    @Override
    @Transactional(readOnly = true)
    public ItemVersionView draft(Actor actor, ApprovalItemCode code) {
        requireCatalogAdministrator(actor);
        return ItemVersionView.of(draftOf(code));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ItemVersionView> drafts(Actor actor, PageRequest page) {
        requireCatalogAdministrator(actor);
        return drafts.findAll(page).map(ItemVersionView::of);
    }

    @Override
    @Transactional
    public void discardDraft(Actor actor, ApprovalItemCode code) {
        requireCatalogAdministrator(actor);
        draftOf(code);
        drafts.delete(code);
        recorder.audit(actor, CatalogAction.DRAFT_DISCARDED, code, null, null, null);
    }

    @Override
    @Transactional
    public ItemVersionView publishDraft(Actor actor, ApprovalItemCode code, LocalDate from) {
        requireCatalogAdministrator(actor);
        ItemDraft draft = draftOf(code);
        ApprovalItem published = recorder.store(recorder.timelineOf(code).publish(draft.content(), from,
                recorder.today()));
        drafts.delete(code);
        recorder.audit(actor, CatalogAction.PUBLISHED, published, null);
        return ItemVersionView.of(published);
    }

    @Override
    @Transactional
    public ItemVersionView suspend(Actor actor, ApprovalItemCode code, LocalDate from, String reason) {
        requireCatalogAdministrator(actor);
        ApprovalItem suspended = recorder.store(recorder.timelineOf(code).suspend(from, reason, recorder.today()));
        recorder.audit(actor, CatalogAction.SUSPENDED, suspended, reason);
        return ItemVersionView.of(suspended);
    }

    @Override
    @Transactional
    public ItemVersionView resume(Actor actor, ApprovalItemCode code, LocalDate from, String note) {
        requireCatalogAdministrator(actor);
        ApprovalItem resumed = recorder.store(recorder.timelineOf(code).resume(from, note, recorder.today()));
        recorder.audit(actor, CatalogAction.RESUMED, resumed, note);
        return ItemVersionView.of(resumed);
    }

    @Override
    @Transactional
    public ItemVersionView abolish(Actor actor, ApprovalItemCode code, LocalDate from, String reason) {
        requireCatalogAdministrator(actor);
        ApprovalItem abolished = recorder.store(recorder.timelineOf(code).abolish(from, reason, recorder.today()));
        recorder.audit(actor, CatalogAction.ABOLISHED, abolished, reason);
        return ItemVersionView.of(abolished);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CatalogChangeView> changes(Actor actor, ApprovalItemCode code, PageRequest page) {
        if (!(actor.has(Role.CATALOG_ADMINISTRATOR) || actor.has(Role.SUPERVISOR) || actor.has(Role.ADMINISTRATOR))) {
            throw new CatalogAdministratorRequired(actor.username());
        }
        return changeLog.find(code, page).map(CatalogChangeView::of);
    }

    private static void requireCatalogAdministrator(Actor actor) {
        if (!actor.has(Role.CATALOG_ADMINISTRATOR)) {
            throw new CatalogAdministratorRequired(actor.username());
        }
    }

    private ItemDraft draftOf(ApprovalItemCode code) {
        return drafts.findByCode(code).orElseThrow(() -> new ResourceNotFound("draft", code.value()));
    }
}
