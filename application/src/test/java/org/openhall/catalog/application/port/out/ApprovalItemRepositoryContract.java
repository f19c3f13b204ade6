package org.openhall.catalog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.catalog.domain.ItemContentBuilder.item;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ApprovalItemVersionId;
import org.openhall.catalog.domain.ApprovalItems;
import org.openhall.catalog.domain.ItemContent;
import org.openhall.catalog.domain.ItemContentBuilder;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.catalog.domain.ValidityPeriod;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/**
 * What every {@link ApprovalItemRepository} must do. A subclass hands in an empty repository
 * before each test.
 */
public abstract class ApprovalItemRepositoryContract {

    protected static final LocalDate JAN_1 = LocalDate.parse("2026-01-01");
    protected static final LocalDate MAR_2 = LocalDate.parse("2026-03-02");
    protected static final LocalDate APR_1 = LocalDate.parse("2026-04-01");
    private static final PageRequest ALL = new PageRequest(0, 50);

    private ApprovalItemRepository items;

    protected abstract ApprovalItemRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        items = emptyRepository();
    }

    /** The repository under test, for subclasses' own tests. */
    protected ApprovalItemRepository items() {
        return items;
    }

    @Test
    public void aVersionIsReadBackWithEveryElementStatusAndPeriod() {
        ItemContent content = ItemContentBuilder.food().build();
        ItemContentBuilder priced = ItemContentBuilder.food();
        priced.fees = List.of(ApprovalItems.certificateFee());
        ApprovalItem suspended = version("SCJG-001", 2, ItemStatus.SUSPENDED, JAN_1, MAR_2, priced.build(), "场所整改");

        items.add(version("SCJG-001", 1, ItemStatus.PUBLISHED, LocalDate.parse("2025-06-01"), JAN_1.minusDays(1),
                content, null));
        items.add(suspended);

        ApprovalItem loaded = items.findVersion(new ApprovalItemCode("SCJG-001"), 2).orElseThrow();
        assertThat(loaded.getId()).isEqualTo(suspended.getId());
        assertThat(loaded.status()).isEqualTo(ItemStatus.SUSPENDED);
        assertThat(loaded.validity()).isEqualTo(new ValidityPeriod(JAN_1, MAR_2));
        assertThat(loaded.statusReason()).contains("场所整改");
        assertThat(loaded.content()).isEqualTo(priced.build());
        assertThat(loaded.content().materials()).isEqualTo(ApprovalItems.materials());
        assertThat(items.findVersion(new ApprovalItemCode("SCJG-001"), 3)).isEmpty();
    }

    @Test
    public void theVersionsOfAnItemAreListedOldestFirst() {
        items.add(version("SCJG-001", 2, ItemStatus.PUBLISHED, MAR_2, null, item("食品经营许可", "SCJG", "市场监管局"), null));
        items.add(version("SCJG-001", 1, ItemStatus.PUBLISHED, JAN_1, MAR_2.minusDays(1),
                item("食品经营许可", "SCJG", "市场监管局"), null));
        items.add(version("WSJK-001", 1, ItemStatus.PUBLISHED, JAN_1, null, item("公共场所卫生许可", "WSJK", "卫健局"), null));

        assertThat(items.findVersions(new ApprovalItemCode("SCJG-001"))).extracting(ApprovalItem::version)
                .containsExactly(1, 2);
        assertThat(items.findVersions(new ApprovalItemCode("NONE-1"))).isEmpty();
        assertThat(items.findLatestVersions()).extracting(v -> v.getId().toString())
                .containsExactly("SCJG-001 v2", "WSJK-001 v1");
    }

    @Test
    public void endingAVersionStoresTheLastDayOfItsPeriodOnce() {
        ItemContent content = item("食品经营许可", "SCJG", "市场监管局");
        items.add(version("SCJG-001", 1, ItemStatus.PUBLISHED, JAN_1, null, content, null));

        items.endPeriod(version("SCJG-001", 1, ItemStatus.PUBLISHED, JAN_1, MAR_2, content, null));

        assertThat(items.findVersions(new ApprovalItemCode("SCJG-001"))).singleElement()
                .satisfies(v -> assertThat(v.validity()).isEqualTo(new ValidityPeriod(JAN_1, MAR_2)));
        assertThatThrownBy(() -> items.endPeriod(version("SCJG-001", 1, ItemStatus.PUBLISHED, JAN_1, APR_1, content,
                null))).as("another change ended it first").isInstanceOf(ConcurrentUpdate.class);
        assertThat(items.findVersion(new ApprovalItemCode("SCJG-001"), 1).orElseThrow().validity().to())
                .isEqualTo(MAR_2);
    }

    @Test
    public void aVersionNumberIsStoredOnceAndOnlyOneVersionOfAnItemIsOpenEnded() {
        ItemContent content = item("食品经营许可", "SCJG", "市场监管局");
        items.add(version("SCJG-001", 1, ItemStatus.PUBLISHED, JAN_1, MAR_2.minusDays(1), content, null));
        items.add(version("SCJG-001", 2, ItemStatus.PUBLISHED, MAR_2, null, content, null));

        assertThatThrownBy(() -> items.add(version("SCJG-001", 2, ItemStatus.SUSPENDED, MAR_2, null, content, "整改")))
                .isInstanceOf(ConcurrentUpdate.class).hasFieldOrPropertyWithValue("code", "item.concurrent-update");
        assertThatThrownBy(() -> items.add(version("SCJG-001", 3, ItemStatus.SUSPENDED, APR_1, null, content, "整改")))
                .as("version 2 was not ended first").isInstanceOf(ConcurrentUpdate.class);
        assertThat(items.findVersions(new ApprovalItemCode("SCJG-001"))).extracting(ApprovalItem::status)
                .containsExactly(ItemStatus.PUBLISHED, ItemStatus.PUBLISHED);
    }

    @Test
    public void theCatalogOfADayHoldsTheVersionsPublishedAndInForceThatDayByCode() {
        ItemContent food = item("食品经营许可", "SCJG", "市场监管局");
        items.add(version("SCJG-001", 1, ItemStatus.PUBLISHED, JAN_1, MAR_2.minusDays(1), food, null));
        items.add(version("SCJG-001", 2, ItemStatus.PUBLISHED, MAR_2, null, food, null));
        items.add(version("WSJK-001", 1, ItemStatus.PUBLISHED, JAN_1, MAR_2.minusDays(1), food, null));
        items.add(version("WSJK-001", 2, ItemStatus.SUSPENDED, MAR_2, null, food, "整改"));
        items.add(version("ZJJ-001", 1, ItemStatus.PUBLISHED, JAN_1, JAN_1.minusDays(1), food, null));
        items.add(version("ZJJ-001", 2, ItemStatus.ABOLISHED, JAN_1, null, food, "取消"));
        items.add(version("CGJ-003", 1, ItemStatus.PUBLISHED, APR_1, null, food, null));

        assertThat(items.findPublishedOn(MAR_2.minusDays(1))).extracting(v -> v.getId().toString())
                .containsExactly("SCJG-001 v1", "WSJK-001 v1");
        assertThat(items.findPublishedOn(MAR_2)).extracting(v -> v.getId().toString()).containsExactly("SCJG-001 v2");
        assertThat(items.findPublishedOn(APR_1)).extracting(v -> v.getId().toString())
                .containsExactly("CGJ-003 v1", "SCJG-001 v2");
        assertThat(items.findPublishedOn(JAN_1.minusDays(1))).isEmpty();
    }

    @Test
    public void thePublishedCatalogIsPagedByCode() {
        for (String code : List.of("HS-SJ-010", "HS-GA-001", "HS-SJ-003", "HS-MZ-002", "HS-GA-007")) {
            items.add(version(code, 1, ItemStatus.PUBLISHED, JAN_1, null, item("事项" + code, "D", "某局"), null));
        }

        Page<ApprovalItem> first = items.findPublishedOn(MAR_2, new PageRequest(0, 2));
        Page<ApprovalItem> third = items.findPublishedOn(MAR_2, new PageRequest(2, 2));

        assertThat(first.content()).extracting(i -> i.code().value()).containsExactly("HS-GA-001", "HS-GA-007");
        assertThat(first.totalElements()).isEqualTo(5);
        assertThat(third.content()).extracting(i -> i.code().value()).containsExactly("HS-SJ-010");
        assertThat(third.content().getFirst().materials()).isEqualTo(ApprovalItems.materials());
    }

    @Test
    public void searchFindsItemsByChineseWordsInTheirNameKeywordsImplementingBodyOrDepartment() {
        searchable();

        assertThat(search("食品")).containsExactly("SCJG-001", "SCJG-002");
        assertThat(search("经营许可")).containsExactly("SCJG-001");
        assertThat(search("餐饮")).as("by keyword").containsExactly("SCJG-001");
        assertThat(search("卫生健康局")).as("by implementing body").containsExactly("WSJK-001");
        assertThat(search("wsjk")).as("by department code, ignoring case").containsExactly("WSJK-001");
        assertThat(search("食品", "小作坊")).as("every word must occur").containsExactly("SCJG-002");
        assertThat(search("证")).as("a single character").containsExactly("ZJJ-001");
        assertThat(search("无此事项")).isEmpty();
    }

    @Test
    public void aSearchWordMustOccurWithinOneFieldAndItsWildcardsAreLiteral() {
        searchable();

        assertThat(search("饮小")).as("the keywords 餐饮 and 小卖部 do not join into one word").isEmpty();
        assertThat(search("食_")).isEmpty();
        assertThat(search("%")).isEmpty();
    }

    @Test
    public void searchFindsOnlyItemsPublishedThatDayAndPagesByCode() {
        searchable();
        items.add(version("SCJG-003", 1, ItemStatus.PUBLISHED, JAN_1, MAR_2.minusDays(1),
                item("食品销售备案", "SCJG", "合山市市场监督管理局"), null));
        items.add(version("SCJG-003", 2, ItemStatus.SUSPENDED, MAR_2, null,
                item("食品销售备案", "SCJG", "合山市市场监督管理局"), "系统升级"));

        assertThat(items.searchPublishedOn(JAN_1, List.of("食品"), ALL).content()).extracting(v -> v.code().value())
                .containsExactly("SCJG-001", "SCJG-002", "SCJG-003");
        Page<ApprovalItem> second = items.searchPublishedOn(MAR_2, List.of("食品"), new PageRequest(1, 1));
        assertThat(second.content()).extracting(v -> v.code().value()).containsExactly("SCJG-002");
        assertThat(second.totalElements()).isEqualTo(2);
    }

    /** Three items of the market regulator and the health commission, and one of housing. */
    private void searchable() {
        items.add(version("SCJG-001", 1, ItemStatus.PUBLISHED, JAN_1, null,
                item("食品经营许可", "SCJG", "合山市市场监督管理局", "餐饮", "小卖部"), null));
        items.add(version("SCJG-002", 1, ItemStatus.PUBLISHED, JAN_1, null,
                item("食品小作坊登记", "SCJG", "合山市市场监督管理局"), null));
        items.add(version("WSJK-001", 1, ItemStatus.PUBLISHED, JAN_1, null,
                item("公共场所卫生许可", "WSJK", "合山市卫生健康局", "理发店", "宾馆"), null));
        items.add(version("ZJJ-001", 1, ItemStatus.PUBLISHED, JAN_1, null,
                item("建筑工程施工许可证核发", "ZJJ", "合山市住房和城乡建设局"), null));
    }

    private List<String> search(String... words) {
        return items.searchPublishedOn(MAR_2, List.of(words), ALL).content().stream().map(v -> v.code().value())
                .toList();
    }

    protected static ApprovalItem version(String code, int version, ItemStatus status, LocalDate from, LocalDate to,
            ItemContent content, String reason) {
        return ApprovalItem.restore(new ApprovalItemVersionId(new ApprovalItemCode(code), version), status,
                new ValidityPeriod(from, to), content, reason);
    }
}
