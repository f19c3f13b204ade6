package org.openhall.catalog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.catalog.domain.LegalBasis;
import org.openhall.catalog.domain.RequiredMaterial;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * What every {@link ApprovalItemRepository} must do. A subclass hands in an empty repository
 * before each test.
 */
public abstract class ApprovalItemRepositoryContract {

    private static final DepartmentCode MARKET_REGULATION = new DepartmentCode("HS-SJ");

    private ApprovalItemRepository items;

    protected abstract ApprovalItemRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        items = emptyRepository();
    }

    @Test
    public void anItemIsReadBackWithEveryElementAndItsMaterialsInOrder() {
        ApprovalItem licence = item("HS-SJ-003", 1, List.of(
                new RequiredMaterial("form", "个体工商户登记申请书", true, 1, true),
                new RequiredMaterial("id", "经营者身份证明", true, 2, true),
                new RequiredMaterial("lease", "经营场所使用证明", false, 1, false)));

        items.save(licence);

        ApprovalItem loaded = items.findByCode(licence.code()).orElseThrow();
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.name()).isEqualTo("个体工商户设立登记");
        assertThat(loaded.kind()).isEqualTo(ItemKind.ADMINISTRATIVE_LICENCE);
        assertThat(loaded.department()).isEqualTo(MARKET_REGULATION);
        assertThat(loaded.legalBasis()).isEqualTo(new LegalBasis("《促进个体工商户发展条例》", "第八条"));
        assertThat(loaded.statutoryLimit()).isEqualTo(TimeLimit.workingDays(15));
        assertThat(loaded.promisedLimit()).isEqualTo(TimeLimit.workingDays(3));
        assertThat(loaded.materials()).isEqualTo(licence.materials());
    }

    @Test
    public void anItemIsKnownOnlyOnceStored() {
        ApprovalItemCode code = new ApprovalItemCode("HS-SJ-003");
        assertThat(items.exists(code)).isFalse();
        assertThat(items.findByCode(code)).isEmpty();

        items.save(item("HS-SJ-003", 1, List.of()));

        assertThat(items.exists(code)).isTrue();
        assertThat(items.exists(new ApprovalItemCode("HS-SJ-004"))).isFalse();
    }

    @Test
    public void savingAnItemAgainStoresItsNewVersionAndMaterials() {
        items.save(item("HS-SJ-003", 1, List.of(new RequiredMaterial("form", "申请书", true, 1, true),
                new RequiredMaterial("id", "身份证明", true, 1, true))));
        List<RequiredMaterial> revised = List.of(new RequiredMaterial("id", "身份证明", false, 1, true));

        items.save(item("HS-SJ-003", 2, revised));

        ApprovalItem loaded = items.findByCode(new ApprovalItemCode("HS-SJ-003")).orElseThrow();
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(loaded.materials()).isEqualTo(revised);
    }

    @Test
    public void itemsAreListedByCodeAndPaged() {
        for (String code : List.of("HS-SJ-010", "HS-GA-001", "HS-SJ-003", "HS-MZ-002", "HS-GA-007")) {
            items.save(item(code, 1, List.of(new RequiredMaterial("form", "申请书", true, 1, true))));
        }

        Page<ApprovalItem> first = items.findAll(new PageRequest(0, 2));
        Page<ApprovalItem> third = items.findAll(new PageRequest(2, 2));

        assertThat(first.content()).extracting(i -> i.code().value()).containsExactly("HS-GA-001", "HS-GA-007");
        assertThat(first.totalElements()).isEqualTo(5);
        assertThat(third.content()).extracting(i -> i.code().value()).containsExactly("HS-SJ-010");
        assertThat(third.content().getFirst().materials()).hasSize(1);
    }

    private static ApprovalItem item(String code, int version, List<RequiredMaterial> materials) {
        return ApprovalItem.restore(new ApprovalItemCode(code), version, "个体工商户设立登记",
                ItemKind.ADMINISTRATIVE_LICENCE, MARKET_REGULATION, new LegalBasis("《促进个体工商户发展条例》", "第八条"),
                TimeLimit.workingDays(15), TimeLimit.workingDays(3), materials);
    }
}
