package org.openhall.catalog.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.out.ApprovalItemRepository;
import org.openhall.catalog.application.port.out.CatalogChangeLog;
import org.openhall.catalog.application.port.out.ItemDraftRepository;
import org.openhall.catalog.application.service.CatalogMaintenanceService;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ApprovalItemVersionId;
import org.openhall.catalog.domain.ItemContentBuilder;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.catalog.domain.ValidityPeriod;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.JurisdictionCode;
import org.openhall.shared.domain.time.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two catalog administrators change the same item at the same moment: exactly one change is
 * stored, with its change log entry; the other is refused as a concurrent update and leaves
 * nothing behind.
 */
@PersistenceAdapterTest
class CatalogConcurrencyIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final ApprovalItemCode FOOD = new ApprovalItemCode("SCJG-001");
    private static final LocalDate MAR_2 = LocalDate.parse("2026-03-02");
    private static final Actor ADMIN = new Actor("catalog.admin", Set.of(Role.CATALOG_ADMINISTRATOR), null, "陆目录");

    @Autowired
    ApprovalItemRepository items;
    @Autowired
    ItemDraftRepository drafts;
    @Autowired
    CatalogChangeLog changeLog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void publishedFood() {
        CatalogTables.truncate(jdbc);
        items.add(ApprovalItem.restore(new ApprovalItemVersionId(FOOD, 1),
                ItemStatus.PUBLISHED, ValidityPeriod.from(LocalDate.parse("2026-01-01")),
                ItemContentBuilder.food().build(), null));
    }

    @Test
    void ofASuspensionAndAnAbolitionAtOnceExactlyOneIsStoredAndLogged() throws Exception {
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        CatalogMaintenanceService catalog = new CatalogMaintenanceService(new ReadThenWait(items, bothHaveRead),
                drafts, changeLog, new CentreProfile("合山市政务服务中心", new JurisdictionCode("451381"), "451381", CHINA),
                new SettableClock(CHINA, MAR_2.atTime(9, 0)));
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        List<Function<CatalogMaintenanceService, Object>> changes = List.of(
                c -> c.suspend(ADMIN, FOOD, MAR_2, "场所整改"),
                c -> c.abolish(ADMIN, FOOD, MAR_2, "依法取消"));

        List<Future<Object>> outcomes = new ArrayList<>();
        try (ExecutorService administrators = Executors.newFixedThreadPool(2)) {
            for (Function<CatalogMaintenanceService, Object> change : changes) {
                outcomes.add(administrators.submit(() -> inTransaction.execute(status -> change.apply(catalog))));
            }
        }
        int stored = 0;
        int refused = 0;
        for (Future<Object> outcome : outcomes) {
            try {
                outcome.get(60, TimeUnit.SECONDS);
                stored++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConcurrentUpdate.class);
                refused++;
            }
        }

        assertThat(stored).isEqualTo(1);
        assertThat(refused).isEqualTo(1);
        assertThat(items.findVersions(FOOD)).extracting(v -> v.version() + ":" + v.validity().to())
                .containsExactly("1:2026-03-01", "2:null");
        assertThat(changeLog.find(FOOD, new PageRequest(0, 10)).totalElements()).isEqualTo(1);
    }

    /** Reads like the repository, then waits until the other administrator has read too. */
    private record ReadThenWait(ApprovalItemRepository delegate, CyclicBarrier barrier)
            implements ApprovalItemRepository {

        @Override
        public List<ApprovalItem> findVersions(ApprovalItemCode code) {
            List<ApprovalItem> read = delegate.findVersions(code);
            try {
                barrier.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return read;
        }

        @Override
        public Optional<ApprovalItem> findVersion(ApprovalItemCode code, int version) {
            return delegate.findVersion(code, version);
        }

        @Override
        public List<ApprovalItem> findLatestVersions() {
            return delegate.findLatestVersions();
        }

        @Override
        public List<ApprovalItem> findPublishedOn(LocalDate day) {
            return delegate.findPublishedOn(day);
        }

        @Override
        public Page<ApprovalItem> findPublishedOn(LocalDate day, PageRequest page) {
            return delegate.findPublishedOn(day, page);
        }

        @Override
        public Page<ApprovalItem> searchPublishedOn(LocalDate day, List<String> words, PageRequest page) {
            return delegate.searchPublishedOn(day, words, page);
        }

        @Override
        public void add(ApprovalItem version) {
            delegate.add(version);
        }

        @Override
        public void endPeriod(ApprovalItem version) {
            delegate.endPeriod(version);
        }
    }
}
