package org.openhall.catalog.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.catalog.application.port.in.ApplyCatalogUseCase;
import org.openhall.catalog.application.port.in.ItemDefinition;
import org.openhall.catalog.application.port.out.ApprovalItemRepository;
import org.openhall.catalog.application.port.out.CatalogChangeLog;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.CatalogAction;
import org.openhall.catalog.domain.ItemContent;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.catalog.domain.ItemTimeline;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.ChangeOutcome;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies catalog definitions from outside — county packs, the catalog spreadsheet: only what
 * differs from the latest version is written, as a new version with its change log entry.
 */
@Application
public class CatalogImportService implements ApplyCatalogUseCase {

    /**
     * The reason recorded when a definition no longer lists an item and gives none: what happened,
     * not a guess at why.
     */
    static final String NOT_IN_DEFINITION = "不再列入事项目录";

    private final ApprovalItemRepository items;
    private final CatalogRecorder recorder;

    public CatalogImportService(ApprovalItemRepository items, CatalogChangeLog changeLog, CentreProfile centre,
            Clock clock) {
        this.items = items;
        this.recorder = new CatalogRecorder(items, changeLog, centre, clock);
    }

    @Override
    @Transactional
    public ChangeOutcome apply(Actor actor, ItemDefinition definition, LocalDate effectiveFrom) {
        ItemContent content = definition.content();
        ItemTimeline timeline = recorder.timelineOf(definition.code());
        ChangeOutcome outcome = ChangeOutcome.ADDED;
        if (timeline.latest().isPresent()) {
            ApprovalItem latest = timeline.latest().get();
            if (latest.status() != ItemStatus.ABOLISHED && latest.content().equals(content)) {
                return ChangeOutcome.UNCHANGED;
            }
            outcome = ChangeOutcome.CHANGED;
        }
        ApprovalItem applied = recorder.store(timeline.publish(content, effectiveFrom, recorder.today()));
        recorder.audit(actor, CatalogAction.APPLIED, applied, null);
        return outcome;
    }

    @Override
    @Transactional
    public ChangeOutcome abolish(Actor actor, ApprovalItemCode code, LocalDate effectiveFrom, String reason) {
        ItemTimeline timeline = recorder.timelineOf(code);
        ApprovalItem latest = timeline.latest().orElseThrow(() -> new ResourceNotFound("item", code.value()));
        if (latest.status() == ItemStatus.ABOLISHED) {
            return ChangeOutcome.UNCHANGED;
        }
        String given = reason == null || reason.isBlank() ? NOT_IN_DEFINITION : reason;
        ApprovalItem abolished = recorder.store(timeline.abolish(effectiveFrom, given, recorder.today()));
        recorder.audit(actor, CatalogAction.ABOLISHED, abolished, given);
        return ChangeOutcome.REMOVED;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ItemDefinition> currentDefinitions() {
        return items.findLatestVersions().stream().filter(v -> v.status() != ItemStatus.ABOLISHED)
                .map(v -> ItemDefinition.of(v.code(), v.content())).toList();
    }
}
