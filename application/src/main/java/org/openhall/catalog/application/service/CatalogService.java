package org.openhall.catalog.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.catalog.application.port.in.ApprovalItemLookup;
import org.openhall.catalog.application.port.in.ApprovalItemQuery;
import org.openhall.catalog.application.port.in.ApprovalItemView;
import org.openhall.catalog.application.port.in.CatalogDiffView;
import org.openhall.catalog.application.port.in.CatalogSnapshotQuery;
import org.openhall.catalog.application.port.in.CatalogSnapshotView;
import org.openhall.catalog.application.port.in.ItemNotAvailable;
import org.openhall.catalog.application.port.in.ItemVersionSummaryView;
import org.openhall.catalog.application.port.in.ItemVersionView;
import org.openhall.catalog.application.port.in.ServiceGuideQuery;
import org.openhall.catalog.application.port.in.ServiceGuideView;
import org.openhall.catalog.application.port.out.ApprovalItemRepository;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.CatalogSnapshot;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.catalog.domain.ItemTimeline;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.InvalidValue;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the catalog: the published list and its search, items and their versions, service guides,
 * dated snapshots and their differences, and the items cases are received and handled under.
 * "Today" is the centre's day.
 */
@Application
public class CatalogService implements ApprovalItemQuery, ApprovalItemLookup, ServiceGuideQuery,
        CatalogSnapshotQuery {

    private final ApprovalItemRepository items;
    private final Clock clock;

    public CatalogService(ApprovalItemRepository items, CentreProfile centre, Clock clock) {
        this.items = items;
        this.clock = clock.withZone(centre.zone());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ApprovalItemView> list(PageRequest page) {
        return items.findPublishedOn(today(), page).map(ApprovalItemView::of);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ApprovalItemView> search(String text, PageRequest page) {
        List<String> words = wordsOf(text);
        if (words.isEmpty()) {
            return list(page);
        }
        return items.searchPublishedOn(today(), words, page).map(ApprovalItemView::of);
    }

    @Override
    @Transactional(readOnly = true)
    public ApprovalItemView get(ApprovalItemCode code) {
        return ApprovalItemView.of(inForceToday(code));
    }

    @Override
    @Transactional(readOnly = true)
    public ItemVersionView current(ApprovalItemCode code) {
        return ItemVersionView.of(inForceToday(code));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ItemVersionSummaryView> versions(ApprovalItemCode code) {
        List<ApprovalItem> versions = items.findVersions(code);
        if (versions.isEmpty()) {
            throw new ResourceNotFound("item", code.value());
        }
        return versions.stream().map(ItemVersionSummaryView::of).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ItemVersionView version(ApprovalItemCode code, int version) {
        return ItemVersionView.of(item(code, version));
    }

    @Override
    @Transactional(readOnly = true)
    public ServiceGuideView guide(ApprovalItemCode code) {
        ApprovalItem version = inForceToday(code);
        return ServiceGuideView.of(version, version.status() == ItemStatus.PUBLISHED);
    }

    @Override
    @Transactional(readOnly = true)
    public ApprovalItem item(ApprovalItemCode code) {
        ItemTimeline timeline = ItemTimeline.of(code, items.findVersions(code));
        if (timeline.isEmpty()) {
            throw new ResourceNotFound("item", code.value());
        }
        ApprovalItem inForce = timeline.inForceOn(today())
                .orElseThrow(() -> new ItemNotAvailable(code.value(), null));
        if (inForce.status() != ItemStatus.PUBLISHED) {
            throw new ItemNotAvailable(code.value(), inForce.status());
        }
        return inForce;
    }

    @Override
    @Transactional(readOnly = true)
    public ApprovalItem item(ApprovalItemCode code, int version) {
        return items.findVersion(code, version)
                .orElseThrow(() -> new ResourceNotFound("item", code.value() + " v" + version));
    }

    @Override
    @Transactional(readOnly = true)
    public CatalogSnapshotView snapshot(LocalDate date) {
        return CatalogSnapshotView.of(snapshotOf(date));
    }

    @Override
    @Transactional(readOnly = true)
    public CatalogDiffView diff(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidValue("date", "both dates are required");
        }
        if (to.isBefore(from)) {
            throw new InvalidValue("to", "must not be before from");
        }
        return CatalogDiffView.of(snapshotOf(from).changesUntil(snapshotOf(to)));
    }

    private CatalogSnapshot snapshotOf(LocalDate date) {
        if (date == null) {
            throw new InvalidValue("date", "must not be empty");
        }
        return CatalogSnapshot.of(date, items.findPublishedOn(date));
    }

    private ApprovalItem inForceToday(ApprovalItemCode code) {
        return ItemTimeline.of(code, items.findVersions(code)).inForceOn(today())
                .orElseThrow(() -> new ResourceNotFound("item", code.value()));
    }

    /**
     * The search words: lower-case, split at white space (also the full-width space of Chinese input),
     * limited so that a query stays cheap.
     */
    static List<String> wordsOf(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_SEARCH_LENGTH) {
            throw new InvalidValue("q", "must not be longer than " + MAX_SEARCH_LENGTH + " characters");
        }
        List<String> words = Arrays.stream(stripped.toLowerCase(Locale.ROOT).split("\\p{javaWhitespace}+"))
                .distinct().toList();
        if (words.size() > MAX_SEARCH_WORDS) {
            throw new InvalidValue("q", "must not have more than " + MAX_SEARCH_WORDS + " words");
        }
        return words;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
