package org.openhall.catalog.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.openhall.catalog.domain.problem.ItemStatusConflict;
import org.openhall.catalog.domain.problem.RetroactiveChange;
import org.openhall.catalog.domain.problem.ValidityConflict;
import org.openhall.shared.domain.InvalidValue;

/**
 * All versions of one item in the order they took effect (事项版本沿革), and the rules for adding
 * the next one. Each change — publishing new content, suspending, resuming, abolishing — adds a
 * version from a day and ends the latest version the day before, so that at most one version is
 * in force on any day and every past day's catalog stays as it was published.
 *
 * <p>The rules, and why:
 * <ul>
 * <li>the next version begins no earlier than the latest one: versions follow each other in time
 * (a version replaced on the day it was to begin is left with an empty period);</li>
 * <li>a change to an item that already has versions begins today or later: days already past
 * keep the catalog they had, because cases were received under it;</li>
 * <li>only a published item is suspended, only a suspended one resumed, only an item in the
 * catalog abolished; new content may be published at any status — a suspended item stays
 * suspended, an abolished item comes back.</li>
 * </ul>
 *
 * <p>Not an aggregate: each version is one, and the application stores the new version and the
 * ended one in one transaction; a concurrent change of the same item is caught because both would
 * add the same version number.
 */
public final class ItemTimeline {

    private final ApprovalItemCode code;
    private final List<ApprovalItem> versions;

    private ItemTimeline(ApprovalItemCode code, List<ApprovalItem> versions) {
        this.code = code;
        this.versions = versions;
    }

    /** The timeline of {@code code} from its stored versions, in any order. */
    public static ItemTimeline of(ApprovalItemCode code, List<ApprovalItem> versions) {
        if (code == null) {
            throw new InvalidValue("itemCode", "must not be empty");
        }
        List<ApprovalItem> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparingInt(ApprovalItem::version));
        for (ApprovalItem v : sorted) {
            if (!v.code().equals(code)) {
                throw new InvalidValue("itemCode", "version " + v.getId() + " is not a version of " + code);
            }
        }
        return new ItemTimeline(code, List.copyOf(sorted));
    }

    public ApprovalItemCode code() {
        return code;
    }

    /** Every version, oldest first. */
    public List<ApprovalItem> versions() {
        return versions;
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /** The version that took effect last (or will, if it begins in the future). */
    public Optional<ApprovalItem> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    /** The version in force on {@code day}, whatever its status. */
    public Optional<ApprovalItem> inForceOn(LocalDate day) {
        return versions.stream().filter(v -> v.inForceOn(day)).reduce((first, later) -> later);
    }

    public Optional<ApprovalItem> version(int version) {
        return versions.stream().filter(v -> v.version() == version).findFirst();
    }

    /**
     * Publishes {@code content} from {@code from}: the item's first version, or its next one. A
     * suspended item stays suspended, for the same reason, with the new content — resuming it is a
     * decision of its own; an abolished item is published again.
     */
    public Revision publish(ItemContent content, LocalDate from, LocalDate today) {
        if (content == null) {
            throw new InvalidValue("item.content", "must not be empty");
        }
        Optional<ApprovalItem> latest = latest();
        if (latest.isPresent() && latest.get().status() == ItemStatus.SUSPENDED) {
            return next(ItemStatus.SUSPENDED, content, from, today, latest.get().statusReason().orElseThrow());
        }
        return next(ItemStatus.PUBLISHED, content, from, today, null);
    }

    /** 暂停办理: from {@code from} no new applications are received. */
    public Revision suspend(LocalDate from, String reason, LocalDate today) {
        ApprovalItem latest = requireLatest(CatalogAction.SUSPENDED, ItemStatus.PUBLISHED);
        return next(ItemStatus.SUSPENDED, latest.content(), from, today, reason);
    }

    /** 恢复办理: from {@code from} the suspended item is published again, with the same content. */
    public Revision resume(LocalDate from, String note, LocalDate today) {
        ApprovalItem latest = requireLatest(CatalogAction.RESUMED, ItemStatus.SUSPENDED);
        return next(ItemStatus.PUBLISHED, latest.content(), from, today, note);
    }

    /** 取消: from {@code from} the item is no longer in the catalog. */
    public Revision abolish(LocalDate from, String reason, LocalDate today) {
        ApprovalItem latest = requireLatest(CatalogAction.ABOLISHED, ItemStatus.PUBLISHED, ItemStatus.SUSPENDED);
        return next(ItemStatus.ABOLISHED, latest.content(), from, today, reason);
    }

    private ApprovalItem requireLatest(CatalogAction action, ItemStatus... allowed) {
        ApprovalItem latest = latest().orElseThrow(() -> new ItemStatusConflict(code.value(), null, action));
        for (ItemStatus status : allowed) {
            if (latest.status() == status) {
                return latest;
            }
        }
        throw new ItemStatusConflict(code.value(), latest.status(), action);
    }

    private Revision next(ItemStatus status, ItemContent content, LocalDate from, LocalDate today, String reason) {
        if (from == null || today == null) {
            throw new InvalidValue("validFrom", "must not be empty");
        }
        Optional<ApprovalItem> latest = latest();
        if (latest.isEmpty()) {
            ApprovalItem first = status == ItemStatus.PUBLISHED
                    ? ApprovalItem.publish(new ApprovalItemVersionId(code, 1), content, from)
                    : ApprovalItem.restore(new ApprovalItemVersionId(code, 1), status, ValidityPeriod.from(from),
                            content, reason);
            return new Revision(first, Optional.empty());
        }
        ApprovalItem previous = latest.get();
        if (from.isBefore(today)) {
            throw new RetroactiveChange(code.value(), from, today);
        }
        if (from.isBefore(previous.validity().from())) {
            throw new ValidityConflict(code.value(), from, previous.version(), previous.validity().from());
        }
        ApprovalItem added = previous.succeededBy(status, content, from, reason);
        previous.endBefore(from);
        return new Revision(added, Optional.of(previous));
    }

    /**
     * What a change did: the version it added, and the version whose period it ended (if the item
     * had one).
     */
    public record Revision(ApprovalItem added, Optional<ApprovalItem> ended) {
    }
}
