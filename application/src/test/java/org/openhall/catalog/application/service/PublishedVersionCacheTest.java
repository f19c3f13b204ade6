package org.openhall.catalog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.catalog.application.service.CatalogTestbed.CATALOG_ADMIN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.in.ItemDefinition;
import org.openhall.catalog.application.port.in.ItemNotAvailable;
import org.openhall.catalog.application.port.in.ItemVersionSummaryView;
import org.openhall.catalog.application.port.out.InMemoryApprovalItemRepository;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ApprovalItemVersionId;
import org.openhall.catalog.domain.ApprovalItems;
import org.openhall.catalog.domain.ItemContent;
import org.openhall.catalog.domain.ItemContentBuilder;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.shared.application.problem.ResourceNotFound;

/** The published versions a case reads again and again come from memory, and never a stale or unpublished one. */
class PublishedVersionCacheTest {

    private static final ApprovalItemCode FOOD = ApprovalItems.FOOD_BUSINESS_LICENCE;

    private final CatalogTestbed bed = new CatalogTestbed();
    private final CountingRepository stored = new CountingRepository();
    private final PublishedVersionCache cache = new PublishedVersionCache(stored, bed.clock);
    private final CatalogService catalog = new CatalogService(cache, bed.centre, bed.clock);
    private final CatalogMaintenanceService maintenance = new CatalogMaintenanceService(cache, bed.drafts,
            bed.changeLog, bed.centre, bed.clock);
    private final ItemContent content = ItemContentBuilder.food().build();

    @Test
    void repeatedReadsOfAPublishedVersionDoNotReachTheRepository() {
        publish("2026-03-02");

        ApprovalItem first = catalog.item(FOOD, 1);
        for (int i = 0; i < 10; i++) {
            assertThat(catalog.item(FOOD, 1).content()).isEqualTo(first.content());
        }

        assertThat(stored.versionReads.get()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(first.content()).isEqualTo(content);
    }

    @Test
    void eachCallerGetsACopyOfItsOwn() {
        publish("2026-03-02");

        assertThat(catalog.item(FOOD, 1)).isNotSameAs(catalog.item(FOOD, 1));
    }

    @Test
    void aDraftIsNeverServedAsAVersion() {
        maintenance.createDraft(CATALOG_ADMIN, ItemDefinition.of(FOOD, content));

        assertThatThrownBy(() -> catalog.item(FOOD, 1)).isInstanceOf(ResourceNotFound.class);

        maintenance.publishDraft(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-02"));
        assertThat(catalog.item(FOOD, 1).status()).isEqualTo(ItemStatus.PUBLISHED);
    }

    @Test
    void aSuspensionEndsTheCachedVersionsPeriodAndIsAVersionOfItsOwn() {
        publish("2026-03-02");
        assertThat(catalog.item(FOOD, 1).validity().to()).isNull();

        maintenance.suspend(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-10"), "整改");

        ApprovalItem received = catalog.item(FOOD, 1);
        assertThat(received.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(received.validity().to()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(catalog.item(FOOD, 2).status()).isEqualTo(ItemStatus.SUSPENDED);
        assertThat(catalog.item(FOOD, 2).statusReason()).contains("整改");
    }

    @Test
    void suspendedAndAbolishedVersionsAreAlwaysReadFromTheRepository() {
        publish("2026-03-02");
        maintenance.abolish(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-02"), "清理");
        int before = stored.versionReads.get();

        catalog.item(FOOD, 2);
        catalog.item(FOOD, 2);

        assertThat(stored.versionReads.get() - before).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aPeriodEndedElsewhereIsSeenAfterTheRefreshTime() {
        publish("2026-03-02");
        catalog.item(FOOD, 1);
        // Another instance (or the pack import command) suspends the item, not through this cache.
        new CatalogMaintenanceService(stored, bed.drafts, bed.changeLog, bed.centre, bed.clock)
                .suspend(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-10"), "整改");

        assertThat(catalog.item(FOOD, 1).validity().to()).isNull();
        bed.clock.set(LocalDateTime.parse("2026-03-02T09:30").plus(PublishedVersionCache.OPEN_PERIOD_REFRESH)
                .plusSeconds(1));

        assertThat(catalog.item(FOOD, 1).validity().to()).isEqualTo(LocalDate.parse("2026-03-09"));
    }

    @Test
    void anEndedVersionIsKeptBeyondTheRefreshTime() {
        publish("2026-03-02");
        maintenance.suspend(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-10"), "整改");
        catalog.item(FOOD, 1);
        int before = stored.versionReads.get();

        bed.clock.set(LocalDateTime.parse("2026-03-05T09:30"));
        catalog.item(FOOD, 1);

        assertThat(stored.versionReads.get()).isEqualTo(before);
    }

    @Test
    void aLoadThatRacedWithAnEndedPeriodIsNotKept() {
        publish("2026-03-02");
        // The reader loads the open version; before it keeps it, a change ends that version's period.
        stored.duringNextRead = () -> maintenance.suspend(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-10"), "整改");
        catalog.item(FOOD, 1);

        assertThat(catalog.item(FOOD, 1).validity().to()).isEqualTo(LocalDate.parse("2026-03-09"));
    }

    @Test
    void theCacheKeepsAtMostItsLimitOfVersions() {
        for (int i = 0; i < PublishedVersionCache.MAX_VERSIONS + 10; i++) {
            stored.add(ApprovalItem.publish(new ApprovalItemVersionId(new ApprovalItemCode("T-" + i), 1), content, LocalDate.parse("2026-03-02")));
        }
        for (int i = 0; i < PublishedVersionCache.MAX_VERSIONS + 10; i++) {
            cache.findVersion(new ApprovalItemCode("T-" + i), 1);
        }

        assertThat(cache.size()).isEqualTo(PublishedVersionCache.MAX_VERSIONS);
        int before = stored.versionReads.get();
        cache.findVersion(new ApprovalItemCode("T-0"), 1);
        cache.findVersion(new ApprovalItemCode("T-" + (PublishedVersionCache.MAX_VERSIONS + 9)), 1);
        assertThat(stored.versionReads.get() - before).as("the eldest was dropped, the latest kept").isEqualTo(1);
    }

    @Test
    void theItemInForceIsFoundFromMemoryOnEveryReceipt() {
        publish("2026-03-02");

        ApprovalItem first = catalog.item(FOOD);
        int afterFirst = stored.listReads.get();
        for (int i = 0; i < 10; i++) {
            assertThat(catalog.item(FOOD)).isNotSameAs(first).extracting(ApprovalItem::content)
                    .isEqualTo(first.content());
        }

        assertThat(stored.listReads.get()).isEqualTo(afterFirst);
    }

    @Test
    void aVersionAddedHereIsInForceAtOnce() {
        publish("2026-03-02");
        assertThat(catalog.item(FOOD).version()).isEqualTo(1);

        maintenance.suspend(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-02"), "整改");

        assertThatThrownBy(() -> catalog.item(FOOD)).isInstanceOf(ItemNotAvailable.class);
        assertThat(catalog.versions(FOOD)).hasSize(2);
    }

    @Test
    void aVersionAddedElsewhereIsSeenAfterTheRefreshTime() {
        publish("2026-03-02");
        assertThat(catalog.versions(FOOD)).hasSize(1);
        // Another instance (or the pack import command) suspends the item, not through this cache.
        new CatalogMaintenanceService(stored, bed.drafts, bed.changeLog, bed.centre, bed.clock)
                .suspend(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-02"), "整改");

        assertThat(catalog.versions(FOOD)).hasSize(1);
        bed.clock.set(LocalDateTime.parse("2026-03-02T09:30").plus(PublishedVersionCache.OPEN_PERIOD_REFRESH)
                .plusSeconds(1));

        assertThat(catalog.versions(FOOD)).hasSize(2);
        assertThatThrownBy(() -> catalog.item(FOOD)).isInstanceOf(ItemNotAvailable.class);
    }

    @Test
    void aChangeIsDecidedOnTheStoredVersionsNotOnTheKeptList() {
        publish("2026-03-02");
        assertThat(catalog.versions(FOOD)).hasSize(1);
        // Another instance suspends the item; this one still keeps the list of one published version.
        new CatalogMaintenanceService(stored, bed.drafts, bed.changeLog, bed.centre, bed.clock)
                .suspend(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-02"), "整改");

        maintenance.resume(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-05"), "整改完成");

        assertThat(catalog.versions(FOOD)).extracting(ItemVersionSummaryView::status)
                .containsExactly(ItemStatus.PUBLISHED, ItemStatus.SUSPENDED, ItemStatus.PUBLISHED);
    }

    @Test
    void aListLoadThatRacedWithANewVersionIsNotKept() {
        publish("2026-03-02");
        stored.duringNextListRead = () -> maintenance.suspend(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-10"),
                "整改");
        assertThat(catalog.versions(FOOD)).hasSize(1);

        assertThat(catalog.versions(FOOD)).hasSize(2);
    }

    @Test
    void anUnknownItemIsAskedForEveryTime() {
        int before = stored.listReads.get();
        assertThatThrownBy(() -> catalog.item(new ApprovalItemCode("NONE-1"))).isInstanceOf(ResourceNotFound.class);
        assertThatThrownBy(() -> catalog.item(new ApprovalItemCode("NONE-1"))).isInstanceOf(ResourceNotFound.class);

        assertThat(stored.listReads.get() - before).isEqualTo(2);
    }

    private void publish(String from) {
        maintenance.createDraft(CATALOG_ADMIN, ItemDefinition.of(FOOD, content));
        maintenance.publishDraft(CATALOG_ADMIN, FOOD, LocalDate.parse(from));
    }

    /** The in-memory repository, counting the reads of a version by number. */
    private static final class CountingRepository extends InMemoryApprovalItemRepository {

        final AtomicInteger versionReads = new AtomicInteger();
        final AtomicInteger listReads = new AtomicInteger();
        Runnable duringNextRead;
        Runnable duringNextListRead;

        @Override
        public List<ApprovalItem> findVersions(ApprovalItemCode code) {
            listReads.incrementAndGet();
            List<ApprovalItem> found = super.findVersions(code);
            if (duringNextListRead != null) {
                Runnable change = duringNextListRead;
                duringNextListRead = null;
                change.run();
            }
            return found;
        }

        @Override
        public Optional<ApprovalItem> findVersion(ApprovalItemCode code, int version) {
            versionReads.incrementAndGet();
            Optional<ApprovalItem> found = super.findVersion(code, version);
            if (duringNextRead != null) {
                Runnable change = duringNextRead;
                duringNextRead = null;
                change.run();
            }
            return found;
        }
    }
}
