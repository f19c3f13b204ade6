package org.openhall.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.time.TimeLimit;

class CatalogSnapshotTest {

    private static final LocalDate JAN_1 = LocalDate.parse("2026-01-01");
    private static final LocalDate MAR_2 = LocalDate.parse("2026-03-02");
    private static final LocalDate APR_1 = LocalDate.parse("2026-04-01");
    private static final LocalDate MAY_4 = LocalDate.parse("2026-05-04");

    private final List<ApprovalItem> versions = new ArrayList<>();

    /** Food licence: v1 from 01-01, v2 (fewer materials) from 04-01. */
    private final ItemTimeline food = timeline("SCJG-001");
    /** Public-place hygiene licence: suspended from 04-01, resumed from 05-04 with the same content. */
    private final ItemTimeline hygiene = timeline("WSJK-001");
    /** Construction permit: abolished from 04-01. */
    private final ItemTimeline permit = timeline("ZJJ-001");
    /** Sign permit: new from 04-01. */
    private final ItemTimeline sign = timeline("CGJ-003");

    @Test
    void aSnapshotHoldsTheItemsPublishedThatDayUnderTheVersionInForce() {
        build();

        CatalogSnapshot march = CatalogSnapshot.of(MAR_2, versions);
        CatalogSnapshot april = CatalogSnapshot.of(APR_1, versions);

        assertThat(march.items()).extracting(v -> v.code().value() + " v" + v.version())
                .containsExactly("SCJG-001 v1", "WSJK-001 v1", "ZJJ-001 v1");
        assertThat(april.items()).extracting(v -> v.code().value() + " v" + v.version())
                .as("suspended and abolished items are not in the published catalog")
                .containsExactly("CGJ-003 v1", "SCJG-001 v2");
    }

    @Test
    void theDiffOfTwoDaysNamesWhatWasAddedAmendedAndRemoved() {
        build();

        CatalogDiff diff = CatalogSnapshot.of(MAR_2, versions).changesUntil(CatalogSnapshot.of(APR_1, versions));

        assertThat(diff.added()).extracting(v -> v.code().value()).containsExactly("CGJ-003");
        assertThat(diff.amended()).singleElement().satisfies(a -> {
            assertThat(a.before().version()).isEqualTo(1);
            assertThat(a.after().version()).isEqualTo(2);
            assertThat(a.changedElements()).containsExactly("materials");
        });
        assertThat(diff.removed()).extracting(v -> v.code().value()).containsExactly("WSJK-001", "ZJJ-001");
    }

    @Test
    void aResumedItemWithTheSameContentIsNoAmendment() {
        build();

        CatalogDiff diff = CatalogSnapshot.of(MAR_2, versions).changesUntil(CatalogSnapshot.of(MAY_4, versions));

        assertThat(diff.amended()).extracting(a -> a.after().code().value()).containsExactly("SCJG-001");
        assertThat(diff.removed()).extracting(v -> v.code().value()).containsExactly("ZJJ-001");
        assertThat(diff.added()).extracting(v -> v.code().value()).containsExactly("CGJ-003");
        assertThat(CatalogSnapshot.of(MAY_4, versions).items()).extracting(v -> v.code().value() + " v" + v.version())
                .contains("WSJK-001 v3");
    }

    @Test
    void theSameDayHasNoDifferences() {
        build();

        assertThat(CatalogSnapshot.of(APR_1, versions).changesUntil(CatalogSnapshot.of(APR_1, versions)).isEmpty())
                .isTrue();
    }

    private void build() {
        record(food.publish(content("食品经营许可", ApprovalItems.materials()), JAN_1, JAN_1));
        record(hygiene.publish(content("公共场所卫生许可", ApprovalItems.materials()), JAN_1, JAN_1));
        record(permit.publish(content("建筑工程施工许可证核发", ApprovalItems.materials()), JAN_1, JAN_1));
        // The timelines are snapshots of the list; re-read them after each change.
        record(timeline("SCJG-001").publish(content("食品经营许可", ApprovalItems.materials().subList(0, 2)), APR_1,
                MAR_2));
        record(timeline("WSJK-001").suspend(APR_1, "场所改造", MAR_2));
        record(timeline("WSJK-001").resume(MAY_4, "改造完成", MAR_2));
        record(timeline("ZJJ-001").abolish(APR_1, "依法取消", MAR_2));
        record(sign.publish(content("设置大型户外广告审批", ApprovalItems.materials()), APR_1, MAR_2));
    }

    private void record(ItemTimeline.Revision revision) {
        versions.add(revision.added());
    }

    private ItemTimeline timeline(String code) {
        ApprovalItemCode c = new ApprovalItemCode(code);
        return ItemTimeline.of(c, versions.stream().filter(v -> v.code().equals(c)).toList());
    }

    private static ItemContent content(String name, List<RequiredMaterial> materials) {
        ItemContent c = ApprovalItems.foodBusinessLicenceContent();
        return new ItemContent(null, name, c.kind(), c.applicantTypes(), new DepartmentCode("D"), "合山市某局",
                c.level(), c.legalBases(), c.conditions(), materials, c.approvalStandards(), c.resultDocuments(),
                c.procedure(), c.statutoryLimit(), TimeLimit.workingDays(10), c.fees(), c.deliveryMethods(),
                c.windowAuthority(), c.maxVisits(), c.onlineAvailable(), c.keywords());
    }
}
