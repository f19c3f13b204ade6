package org.openhall.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.time.TimeLimit;

class ApprovalItemTest {

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
}
