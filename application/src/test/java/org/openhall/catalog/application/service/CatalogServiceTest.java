package org.openhall.catalog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.catalog.application.service.CatalogTestbed.CATALOG_ADMIN;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.in.ApprovalItemView;
import org.openhall.catalog.application.port.in.ItemNotAvailable;
import org.openhall.catalog.application.port.in.ServiceGuideView;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.catalog.domain.ItemContentBuilder;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.InvalidValue;

/** Reading the catalog against in-memory ports: the list, search, versions, guides and lookups. */
class CatalogServiceTest {

    private static final PageRequest ALL = new PageRequest(0, 50);
    private static final ApprovalItemCode FOOD = new ApprovalItemCode("SCJG-001");

    private final CatalogTestbed bed = new CatalogTestbed();

    @BeforeEach
    void catalog() {
        bed.publish("SCJG-001", ItemContentBuilder.food().build(), "2026-01-01");
        bed.publish("SCJG-002", ItemContentBuilder.item("食品小作坊登记", "SCJG", "合山市市场监督管理局"), "2026-01-01");
        bed.publish("WSJK-001", ItemContentBuilder.item("公共场所卫生许可", "WSJK", "合山市卫生健康局", "理发店"),
                "2026-01-01");
        bed.publish("ZJJ-001", ItemContentBuilder.item("建筑工程施工许可证核发", "ZJJ", "合山市住房和城乡建设局"),
                "2026-06-01");
    }

    @Test
    void theListIsTodaysPublishedCatalogWithDepartmentAndKind() {
        assertThat(bed.catalog.list(ALL).content()).extracting(ApprovalItemView::code)
                .containsExactly("SCJG-001", "SCJG-002", "WSJK-001");
        assertThat(bed.catalog.list(ALL).content().getFirst().department()).isEqualTo("SCJG");
        bed.today("2026-06-01");
        assertThat(bed.catalog.list(ALL).totalElements()).isEqualTo(4);
    }

    @Test
    void searchSplitsAtAnyWhiteSpaceIncludingTheFullWidthSpace() {
        assertThat(bed.catalog.search("食品　小作坊", ALL).content()).extracting(ApprovalItemView::code)
                .containsExactly("SCJG-002");
        assertThat(bed.catalog.search("  理发店 ", ALL).content()).extracting(ApprovalItemView::code)
                .containsExactly("WSJK-001");
        assertThat(bed.catalog.search(" ", ALL).totalElements()).as("a blank search lists everything").isEqualTo(3);
    }

    @Test
    void anOverlongSearchIsRefused() {
        assertThatThrownBy(() -> bed.catalog.search("许".repeat(101), ALL)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> bed.catalog.search("a b c d e f g h i", ALL)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void anItemNotYetInForceIsInTheCatalogButReceivesNoApplications() {
        ApprovalItemCode permit = new ApprovalItemCode("ZJJ-001");

        assertThatThrownBy(() -> bed.catalog.item(permit)).isInstanceOf(ItemNotAvailable.class);
        assertThatThrownBy(() -> bed.catalog.current(permit)).isInstanceOf(ResourceNotFound.class);
        assertThat(bed.catalog.versions(permit)).singleElement()
                .satisfies(v -> assertThat(v.validFrom()).isEqualTo(LocalDate.parse("2026-06-01")));
    }

    @Test
    void anUnknownItemOrVersionIsNotFound() {
        assertThatThrownBy(() -> bed.catalog.item(new ApprovalItemCode("NONE-1")))
                .isInstanceOf(ResourceNotFound.class).hasFieldOrPropertyWithValue("code", "item.not-found");
        assertThatThrownBy(() -> bed.catalog.versions(new ApprovalItemCode("NONE-1")))
                .isInstanceOf(ResourceNotFound.class);
        assertThatThrownBy(() -> bed.catalog.item(FOOD, 2)).isInstanceOf(ResourceNotFound.class)
                .hasMessageContaining("SCJG-001 v2");
    }

    @Test
    void theGuideArrangesTheItemByTheEightPublicElements() {
        ServiceGuideView guide = bed.catalog.guide(FOOD);

        assertThat(guide.acceptingApplications()).isTrue();
        assertThat(guide.item().name()).isEqualTo("食品经营许可");
        assertThat(guide.item().implementingBody()).isEqualTo("合山市市场监督管理局");
        assertThat(guide.legalBases()).extracting(l -> l.citation()).containsExactly(
                "《中华人民共和国食品安全法》 第三十五条", "《食品经营许可和备案管理办法》 第六条");
        assertThat(guide.conditions().conditions()).hasSize(2);
        assertThat(guide.materials()).extracting(m -> m.code() + ":" + m.requirement() + ":" + m.supplyLaterAllowed())
                .containsExactly("APP:REQUIRED:false", "LAYOUT:REQUIRED:true", "PROXY:CONDITIONAL:false");
        assertThat(guide.procedure().steps()).hasSize(4);
        assertThat(guide.procedure().stepsReturnedToDepartment()).containsExactly("现场核查");
        assertThat(guide.timeLimits().statutoryWorkingDays()).isEqualTo(20);
        assertThat(guide.timeLimits().promisedWorkingDays()).isEqualTo(10);
        assertThat(guide.timeLimits().specialSteps()).containsExactly("现场核查");
        assertThat(guide.fees().free()).isTrue();
        assertThat(guide.result().documents()).containsExactly("食品经营许可证");
        assertThat(guide.result().deliveryMethods()).containsExactlyInAnyOrder(DeliveryMethod.PICKUP,
                DeliveryMethod.MAIL);
    }

    @Test
    void aSuspendedItemsGuideSaysWhyAndThatNoApplicationsAreReceived() {
        bed.maintenance.suspend(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-02"), "系统升级");

        ServiceGuideView guide = bed.catalog.guide(FOOD);

        assertThat(guide.status()).isEqualTo(ItemStatus.SUSPENDED);
        assertThat(guide.statusReason()).isEqualTo("系统升级");
        assertThat(guide.acceptingApplications()).isFalse();
        assertThat(bed.catalog.get(FOOD).version()).isEqualTo(2);
    }

    @Test
    void aDiffRunsForwardInTime() {
        assertThatThrownBy(() -> bed.catalog.diff(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-01")))
                .isInstanceOf(InvalidValue.class);
        assertThat(bed.catalog.diff(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-06-01")).added())
                .extracting(e -> e.code()).containsExactly("ZJJ-001");
    }
}
