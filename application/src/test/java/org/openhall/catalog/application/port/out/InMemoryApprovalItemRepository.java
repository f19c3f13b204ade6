package org.openhall.catalog.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ApprovalItemVersionId;
import org.openhall.catalog.domain.ItemContent;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/** An {@link ApprovalItemRepository} in memory, for tests of the use cases. */
public class InMemoryApprovalItemRepository implements ApprovalItemRepository {

    private static final Comparator<ApprovalItem> BY_CODE_AND_VERSION = Comparator
            .comparing((ApprovalItem v) -> v.code().value()).thenComparingInt(ApprovalItem::version);

    private final Map<ApprovalItemVersionId, ApprovalItem> versions = new ConcurrentHashMap<>();

    @Override
    public List<ApprovalItem> findVersions(ApprovalItemCode code) {
        return all().filter(v -> v.code().equals(code)).map(InMemoryApprovalItemRepository::copy).toList();
    }

    @Override
    public Optional<ApprovalItem> findVersion(ApprovalItemCode code, int version) {
        return Optional.ofNullable(versions.get(new ApprovalItemVersionId(code, version)))
                .map(InMemoryApprovalItemRepository::copy);
    }

    @Override
    public List<ApprovalItem> findLatestVersions() {
        return all().filter(v -> !versions.containsKey(v.getId().next())).toList();
    }

    @Override
    public List<ApprovalItem> findPublishedOn(LocalDate day) {
        return all().filter(v -> v.publishedOn(day)).toList();
    }

    @Override
    public Page<ApprovalItem> findPublishedOn(LocalDate day, PageRequest page) {
        return page(findPublishedOn(day), page);
    }

    @Override
    public Page<ApprovalItem> searchPublishedOn(LocalDate day, List<String> words, PageRequest page) {
        return page(findPublishedOn(day).stream().filter(v -> words.stream().allMatch(w -> occursIn(w, v.content())))
                .toList(), page);
    }

    @Override
    public synchronized void add(ApprovalItem version) {
        boolean open = versions.values().stream()
                .anyMatch(v -> v.code().equals(version.code()) && v.validity().isOpen());
        if (versions.containsKey(version.getId()) || (open && version.validity().isOpen())) {
            throw new ConcurrentUpdate("item", version.code().value());
        }
        versions.put(version.getId(), copy(version));
    }

    @Override
    public synchronized void endPeriod(ApprovalItem version) {
        ApprovalItem stored = versions.get(version.getId());
        if (stored == null || !stored.validity().isOpen()) {
            throw new ConcurrentUpdate("item", version.code().value());
        }
        versions.put(version.getId(), copy(version));
    }

    /** A copy, so that changing a version read from here changes nothing stored until it is saved. */
    private static ApprovalItem copy(ApprovalItem v) {
        return ApprovalItem.restore(v.getId(), v.status(), v.validity(), v.content(), v.statusReason().orElse(null));
    }

    private Stream<ApprovalItem> all() {
        return versions.values().stream().sorted(BY_CODE_AND_VERSION);
    }

    /** Within one of the searched fields: a word never spans two of them. */
    static boolean occursIn(String word, ItemContent content) {
        return Stream.concat(Stream.of(content.name(), content.department().value(), content.implementingBody()),
                content.keywords().stream()).anyMatch(field -> field.toLowerCase(Locale.ROOT).contains(word));
    }

    private static <T> Page<T> page(Collection<T> all, PageRequest page) {
        return Page.of(all.stream().skip(page.offset()).limit(page.size()).toList(), page, all.size());
    }
}
