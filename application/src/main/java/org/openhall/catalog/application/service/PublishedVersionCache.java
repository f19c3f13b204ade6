package org.openhall.catalog.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openhall.catalog.application.port.out.ApprovalItemRepository;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ApprovalItemVersionId;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the published versions of items (已发布的事项版本) that were read by number in memory, in front
 * of the {@link ApprovalItemRepository}: every step of a case reads the version the case was received
 * under, with its materials, steps and fees, and that version does not change.
 *
 * <p>Why this is safe: a version is never rewritten — a change of content, a suspension, a resumption or
 * an abolition is a new version with a number of its own (see {@link ApprovalItem}) — and a draft is no
 * version at all. The one thing that changes on a stored version is the end of its period, set once when
 * the next version takes over; {@link #endPeriod} drops that version here at once and again after the
 * change commits (a reader may have loaded the old period in between), and a load that raced with a
 * drop is not kept. Another instance, or the {@code pack import} command, ending a period is seen here
 * after at most {@link #OPEN_PERIOD_REFRESH}: versions whose period is still open are read again after
 * that time, ended ones are kept (nothing about them can change any more).
 *
 * <p>Only published versions are kept: cases are received under published versions only, so they are
 * the ones read again and again; a suspended or abolished version is read rarely and goes to the
 * repository. The cache holds at most {@link #MAX_VERSIONS} versions and drops the least recently read.
 *
 * <p>Each item's list of versions (its timeline, 事项版本沿革) is kept too: every receipt reads it to find
 * the version in force today, and so do the service guide and the public catalog. A list is kept for at
 * most {@link #OPEN_PERIOD_REFRESH}, since a version added by another instance or the {@code pack import}
 * command can change it at any time; a version added or a period ended through this cache drops the
 * item's list at once and again after the change commits, like a version's period above; a change reads
 * the item's versions from the repository ({@link #findVersionsToChange}), never from here. At most
 * {@link #MAX_ITEMS} lists are kept; an item with no version is not.
 *
 * <p>Every other read goes straight to the repository. Callers get a copy of their own, so that nothing
 * they do to it reaches the next caller.
 */
public final class PublishedVersionCache implements ApprovalItemRepository {

    /**
     * Well above the items a county's catalog has in force (a few hundred; the demo county 56), so that
     * in normal work every published version in use stays in memory; a version with its materials, steps
     * and fees is a few KiB.
     */
    public static final int MAX_VERSIONS = 2048;

    /** Well above the items of a county's catalog, for the same reason. */
    public static final int MAX_ITEMS = 1024;

    /** How long a version whose period is still open, or an item's list of versions, is served before it is read again. */
    public static final Duration OPEN_PERIOD_REFRESH = Duration.ofMinutes(1);

    private final ApprovalItemRepository items;
    private final Clock clock;
    private final Map<ApprovalItemVersionId, Kept<ApprovalItem>> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ApprovalItemVersionId, Kept<ApprovalItem>> eldest) {
            return size() > MAX_VERSIONS;
        }
    };
    /** The items' lists of versions. Guarded by {@code entries}. */
    private final Map<ApprovalItemCode, Kept<List<ApprovalItem>>> lists = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ApprovalItemCode, Kept<List<ApprovalItem>>> eldest) {
            return size() > MAX_ITEMS;
        }
    };
    /** Counts the drops, so that a load that started before one is not kept. Guarded by {@code entries}. */
    private long drops;

    public PublishedVersionCache(ApprovalItemRepository items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    @Override
    public Optional<ApprovalItem> findVersion(ApprovalItemCode code, int version) {
        ApprovalItemVersionId id = new ApprovalItemVersionId(code, version);
        long dropsBefore;
        synchronized (entries) {
            Kept<ApprovalItem> entry = entries.get(id);
            if (entry != null && entry.isFreshAt(clock.instant())) {
                return Optional.of(copyOf(entry.value()));
            }
            dropsBefore = drops;
        }
        Optional<ApprovalItem> loaded = items.findVersion(code, version);
        loaded.filter(v -> v.status() == ItemStatus.PUBLISHED).ifPresent(v -> keep(id, v, dropsBefore));
        return loaded;
    }

    @Override
    public void endPeriod(ApprovalItem version) {
        drop(version.getId());
        items.endPeriod(version);
        dropAgainAfterCompletion(version.getId());
    }

    @Override
    public void add(ApprovalItem version) {
        drop(version.getId());
        items.add(version);
        dropAgainAfterCompletion(version.getId());
    }

    /**
     * Straight from the repository: a change is decided on what is stored. The kept list stays until the
     * change itself adds a version or ends a period, which drops it; a change that changes nothing leaves
     * it as true as it was.
     */
    @Override
    public List<ApprovalItem> findVersionsToChange(ApprovalItemCode code) {
        return items.findVersionsToChange(code);
    }

    @Override
    public List<ApprovalItem> findVersions(ApprovalItemCode code) {
        long dropsBefore;
        synchronized (entries) {
            Kept<List<ApprovalItem>> kept = lists.get(code);
            if (kept != null && kept.isFreshAt(clock.instant())) {
                return kept.value().stream().map(PublishedVersionCache::copyOf).toList();
            }
            dropsBefore = drops;
        }
        List<ApprovalItem> loaded = items.findVersions(code);
        if (!loaded.isEmpty()) {
            Instant refreshAt = clock.instant().plus(OPEN_PERIOD_REFRESH);
            List<ApprovalItem> copies = loaded.stream().map(PublishedVersionCache::copyOf).toList();
            synchronized (entries) {
                if (drops == dropsBefore) {
                    lists.put(code, new Kept<>(copies, refreshAt));
                }
            }
        }
        return loaded;
    }

    @Override
    public List<ApprovalItem> findLatestVersions() {
        return items.findLatestVersions();
    }

    @Override
    public List<ApprovalItem> findPublishedOn(LocalDate day) {
        return items.findPublishedOn(day);
    }

    @Override
    public Page<ApprovalItem> findPublishedOn(LocalDate day, PageRequest page) {
        return items.findPublishedOn(day, page);
    }

    @Override
    public Page<ApprovalItem> searchPublishedOn(LocalDate day, List<String> words, PageRequest page) {
        return items.searchPublishedOn(day, words, page);
    }

    /** How many versions are kept now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private void keep(ApprovalItemVersionId id, ApprovalItem version, long dropsBefore) {
        Instant refreshAt = version.validity().to() == null ? clock.instant().plus(OPEN_PERIOD_REFRESH) : Instant.MAX;
        synchronized (entries) {
            if (drops == dropsBefore) {
                entries.put(id, new Kept<>(copyOf(version), refreshAt));
            }
        }
    }

    /** Drops a version and its item's list of versions. */
    private void drop(ApprovalItemVersionId id) {
        synchronized (entries) {
            entries.remove(id);
            lists.remove(id.code());
            drops++;
        }
    }

    /** Until a change commits, a reader still loads what it changes; drop what it kept then. */
    private void dropAgainAfterCompletion(ApprovalItemVersionId id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    drop(id);
                }
            });
        }
    }

    private static ApprovalItem copyOf(ApprovalItem v) {
        return ApprovalItem.restore(v.getId(), v.status(), v.validity(), v.content(), v.statusReason().orElse(null));
    }

    /** What is kept, and until when it is served without reading it again. */
    private record Kept<T>(T value, Instant refreshAt) {

        boolean isFreshAt(Instant now) {
            return now.isBefore(refreshAt);
        }
    }
}
