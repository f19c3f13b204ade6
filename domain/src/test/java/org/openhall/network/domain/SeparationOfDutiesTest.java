package org.openhall.network.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.access.Role;

class SeparationOfDutiesTest {

    @Test
    void noPersonHoldsTwoOfTheThreeSeparatedAdministrators() {
        assertThatThrownBy(() -> SeparationOfDuties.check(Set.of(Role.SECURITY_ADMINISTRATOR, Role.AUDIT_ADMINISTRATOR)))
                .isInstanceOf(RolesConflict.class).hasMessageContaining("SECURITY_ADMINISTRATOR")
                .hasMessageContaining("AUDIT_ADMINISTRATOR");
        assertThatThrownBy(() -> SeparationOfDuties.check(Set.of(Role.ADMINISTRATOR, Role.SECURITY_ADMINISTRATOR)))
                .isInstanceOf(RolesConflict.class);
        assertThatThrownBy(() -> SeparationOfDuties.check(Set.of(Role.ADMINISTRATOR, Role.AUDIT_ADMINISTRATOR)))
                .isInstanceOf(RolesConflict.class);
    }

    @Test
    void anAdministratorHandlesNoCases() {
        for (Role administrator : SeparationOfDuties.ADMINISTRATORS) {
            for (Role caseRole : SeparationOfDuties.CASE_HANDLING) {
                assertThatThrownBy(() -> SeparationOfDuties.check(Set.of(administrator, caseRole)))
                        .as(administrator + " with " + caseRole).isInstanceOf(RolesConflict.class)
                        .extracting(p -> ((RolesConflict) p).code()).isEqualTo("staff.roles-conflict");
            }
        }
    }

    @Test
    void otherCombinationsAreTheCentresChoice() {
        assertThatCode(() -> SeparationOfDuties.check(Set.of(Role.CLERK, Role.DEPARTMENT_APPROVER)))
                .doesNotThrowAnyException();
        assertThatCode(() -> SeparationOfDuties.check(Set.of(Role.ADMINISTRATOR, Role.CATALOG_ADMINISTRATOR)))
                .doesNotThrowAnyException();
        assertThatCode(() -> SeparationOfDuties.check(Set.of(Role.SECURITY_ADMINISTRATOR))).doesNotThrowAnyException();
        assertThatCode(() -> SeparationOfDuties.check(Set.of())).doesNotThrowAnyException();
    }
}
