package org.openhall.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.time.TimeLimit;

class ApprovalItemTest {

    private static final ApprovalItemVersionId V1 = new ApprovalItemVersionId(ApprovalItems.FOOD_BUSINESS_LICENCE, 1);

    @Test
    void thePromisedLimitMayNotExceedTheStatutoryLimit() {
        assertThatThrownBy(() -> ApprovalItem.register(new ApprovalItemCode("X-1"), "x", ItemKind.PUBLIC_SERVICE,
                new DepartmentCode("D"), new LegalBasis("law", ""), TimeLimit.workingDays(10),
                TimeLimit.workingDays(11), List.of()))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("promisedLimit");
    }

    @Test
    void limitsAreCountedInWorkingDays() {
        assertThatThrownBy(() -> ApprovalItem.register(new ApprovalItemCode("X-1"), "x", ItemKind.PUBLIC_SERVICE,
                new DepartmentCode("D"), new LegalBasis("law", ""), TimeLimit.calendarDays(10),
                TimeLimit.workingDays(5), List.of()))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void materialCodesAreUnique() {
        var m = new RequiredMaterial("APP", "申请书", true, 1, true);
        assertThatThrownBy(() -> ApprovalItem.register(new ApprovalItemCode("X-1"), "x", ItemKind.PUBLIC_SERVICE,
                new DepartmentCode("D"), new LegalBasis("law", ""), TimeLimit.workingDays(10),
                TimeLimit.workingDays(5), List.of(m, m)))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void onlyMandatoryMaterialsCountAsMissing() {
        ApprovalItem item = ApprovalItems.foodBusinessLicence();
        assertThat(item.missingFrom(Set.of("APP", "LICENCE")))
                .extracting(RequiredMaterial::code)
                .containsExactly("LAYOUT", "RULES");
    }

    @Test
    void aConditionalMaterialNeverCountsAsMissingByItself() {
        ApprovalItem item = ApprovalItem.publish(V1, ApprovalItems.foodBusinessLicenceContent(),
                LocalDate.parse("2026-01-01"));
        assertThat(item.missingFrom(Set.of())).extracting(RequiredMaterial::code).containsExactly("APP", "LAYOUT");
    }

    @Test
    void aRegisteredItemIsVersionOnePublishedAndInForceOnAnyDay() {
        ApprovalItem item = ApprovalItems.foodBusinessLicence();
        assertThat(item.version()).isEqualTo(1);
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(item.publishedOn(LocalDate.parse("2026-03-02"))).isTrue();
        assertThat(item.legalBasis().citation()).isEqualTo("《中华人民共和国食品安全法》 第三十五条");
    }

    @Test
    void aSuspensionOrAbolitionMustGiveItsReason() {
        ItemContent content = ApprovalItems.foodBusinessLicenceContent();
        ValidityPeriod period = ValidityPeriod.from(LocalDate.parse("2026-01-01"));
        assertThatThrownBy(() -> ApprovalItem.restore(V1, ItemStatus.SUSPENDED, period, content, " "))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("statusReason");
        assertThatThrownBy(() -> ApprovalItem.restore(V1, ItemStatus.ABOLISHED, period, content, null))
                .isInstanceOf(InvalidValue.class);
        assertThat(ApprovalItem.restore(V1, ItemStatus.ABOLISHED, period, content, " 并入其他事项 ").statusReason())
                .contains("并入其他事项");
    }

    @Test
    void aDraftIsNotAVersion() {
        assertThatThrownBy(() -> ApprovalItem.restore(V1, ItemStatus.DRAFT,
                ValidityPeriod.from(LocalDate.parse("2026-01-01")), ApprovalItems.foodBusinessLicenceContent(), null))
                .isInstanceOf(InvalidValue.class);
    }
}
