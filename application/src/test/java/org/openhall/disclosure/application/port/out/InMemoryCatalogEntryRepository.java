package org.openhall.disclosure.application.port.out;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.catalog.CatalogEntry;
import org.openhall.disclosure.domain.catalog.CatalogEntryId;
import org.openhall.disclosure.domain.catalog.CatalogEntrySnapshot;
import org.openhall.disclosure.domain.catalog.EntryStatus;
import org.openhall.disclosure.domain.catalog.PublicCopy;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/** A {@link CatalogEntryRepository} in memory for use-case tests. */
public class InMemoryCatalogEntryRepository implements CatalogEntryRepository {

    private static final Comparator<CatalogEntrySnapshot> NEWEST_PUBLICATION_FIRST = Comparator
            .comparing(CatalogEntrySnapshot::publishedOn).thenComparing(s -> s.indexNumber().value()).reversed();

    private final Map<CatalogEntryId, CatalogEntrySnapshot> entries = new LinkedHashMap<>();
    private final Map<CatalogEntryId, List<AuditRecord>> audit = new LinkedHashMap<>();

    @Override
    public synchronized Optional<CatalogEntry> findById(CatalogEntryId id) {
        return Optional.ofNullable(entries.get(id)).map(CatalogEntry::restore);
    }

    @Override
    public synchronized CatalogEntry save(CatalogEntry entry) {
        List<AuditRecord> recorded = entry.pullAudit();
        CatalogEntrySnapshot snapshot = entry.snapshot();
        CatalogEntrySnapshot current = entries.get(snapshot.id());
        if ((current == null ? 0 : current.version()) != snapshot.version()) {
            throw new ConcurrentUpdate("disclosure-entry", snapshot.id().toString());
        }
        CatalogEntrySnapshot stored = Versions.withVersion(snapshot, snapshot.version() + 1);
        entries.put(stored.id(), stored);
        audit.computeIfAbsent(stored.id(), id -> new ArrayList<>()).addAll(recorded);
        return CatalogEntry.restore(stored);
    }

    @Override
    public synchronized List<CatalogEntry> findAwaitingPublication() {
        return entries.values().stream()
                .filter(e -> e.status() == EntryStatus.DRAFT || e.status() == EntryStatus.PUBLISHED && e.pendingChange())
                .map(CatalogEntry::restore).toList();
    }

    @Override
    public synchronized Page<CatalogEntry> searchPublished(String text, String category, PageRequest page) {
        String needle = text.toLowerCase(Locale.ROOT);
        List<CatalogEntrySnapshot> matching = entries.values().stream()
                .filter(e -> e.status() == EntryStatus.PUBLISHED)
                .filter(e -> category == null || e.content().category().equals(category))
                .filter(e -> needle.isEmpty() || contains(e.publicCopy(), needle))
                .sorted(NEWEST_PUBLICATION_FIRST).toList();
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).map(CatalogEntry::restore).toList(),
                page, matching.size());
    }

    @Override
    public synchronized List<CatalogEntry> findMadeUpTo(LocalDate lastDay) {
        return entries.values().stream()
                .filter(e -> !e.content().madeOn().isAfter(lastDay))
                .map(CatalogEntry::restore).toList();
    }

    @Override
    public synchronized List<AuditRecord> history(CatalogEntryId id) {
        return List.copyOf(audit.getOrDefault(id, List.of()));
    }

    private static boolean contains(PublicCopy copy, String needle) {
        return lower(copy.title()).contains(needle) || lower(copy.summary()).contains(needle)
                || lower(copy.body()).contains(needle);
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
