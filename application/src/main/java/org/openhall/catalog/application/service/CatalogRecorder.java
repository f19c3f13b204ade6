package org.openhall.catalog.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.openhall.catalog.application.port.out.ApprovalItemRepository;
import org.openhall.catalog.application.port.out.CatalogChangeLog;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.CatalogAction;
import org.openhall.catalog.domain.CatalogChange;
import org.openhall.catalog.domain.ItemTimeline;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.domain.access.Actor;

/**
 * What every change of the catalog does, whoever makes it: read the item's timeline, store the
 * new version after the one it ends, and append the change log entry — inside the caller's
 * transaction, so that all of it is written or none of it.
 */
final class CatalogRecorder {

    private final ApprovalItemRepository items;
    private final CatalogChangeLog changeLog;
    private final Clock clock;

    CatalogRecorder(ApprovalItemRepository items, CatalogChangeLog changeLog, CentreProfile centre, Clock clock) {
        this.items = items;
        this.changeLog = changeLog;
        this.clock = clock.withZone(centre.zone());
    }

    /** The item's versions as stored: every change of the catalog is decided on them, not on a kept copy. */
    ItemTimeline timelineOf(ApprovalItemCode code) {
        return ItemTimeline.of(code, items.findVersionsToChange(code));
    }

    /** Stores a revision: the ended version first, so that no two versions are ever open at once. */
    ApprovalItem store(ItemTimeline.Revision revision) {
        revision.ended().ifPresent(items::endPeriod);
        items.add(revision.added());
        return revision.added();
    }

    /** Logs a change that added {@code version}. */
    void audit(Actor actor, CatalogAction action, ApprovalItem version, String reason) {
        audit(actor, action, version.code(), version.version(), version.validity().from(), reason);
    }

    void audit(Actor actor, CatalogAction action, ApprovalItemCode code, Integer version, LocalDate from,
            String reason) {
        changeLog.append(new CatalogChange(actor.username(), OffsetDateTime.now(clock), action, code, version, from,
                reason));
    }

    /** The centre's today. */
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
