package org.openhall.shared.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

class ActorTest {

    private static final DepartmentCode MARKET = new DepartmentCode("market-supervision");
    private static final DepartmentCode HOUSING = new DepartmentCode("housing_construction");

    @Test
    void aClerkActsOnlyForTheirOwnDepartment() {
        Actor clerk = new Actor("li.na", Set.of(Role.CLERK), MARKET, "李娜");

        assertThat(clerk.has(Role.CLERK)).isTrue();
        assertThat(clerk.has(Role.DEPARTMENT_APPROVER)).isFalse();
        assertThat(clerk.mayActFor(MARKET)).isTrue();
        assertThat(clerk.mayActFor(HOUSING)).isFalse();
    }

    @Test
    void anApproverActsOnlyForTheirOwnDepartment() {
        Actor approver = new Actor("wang.wei", Set.of(Role.CLERK, Role.DEPARTMENT_APPROVER), HOUSING, "王伟");

        assertThat(approver.mayActFor(HOUSING)).isTrue();
        assertThat(approver.mayActFor(MARKET)).isFalse();
    }

    @Test
    void supervisorsAndAdministratorsActForAnyDepartment() {
        Actor supervisor = new Actor("zhao.min", Set.of(Role.SUPERVISOR), null, "赵敏");
        Actor administrator = new Actor("admin", Set.of(Role.ADMINISTRATOR), MARKET, "系统管理员");

        assertThat(supervisor.mayActFor(MARKET)).isTrue();
        assertThat(supervisor.mayActFor(HOUSING)).isTrue();
        assertThat(administrator.mayActFor(HOUSING)).isTrue();
        assertThat(supervisor.mayActFor(null)).isFalse();
    }

    @Test
    void clerksAndApproversBelongToADepartment() {
        assertThatThrownBy(() -> new Actor("li.na", Set.of(Role.CLERK), null, "李娜"))
                .isInstanceOfSatisfying(InvalidValue.class, problem -> assertThat(problem.field()).isEqualTo("department"));
        assertThatThrownBy(() -> new Actor("wang.wei", Set.of(Role.DEPARTMENT_APPROVER), null, "王伟"))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void anActorHasAtLeastOneRoleANameAndAUsername() {
        assertThatThrownBy(() -> new Actor("li.na", Set.of(), MARKET, "李娜")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Actor(" ", Set.of(Role.CLERK), MARKET, "李娜")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Actor("li.na", Set.of(Role.CLERK), MARKET, "")).isInstanceOf(InvalidValue.class);
        Set<Role> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> new Actor("li.na", withNull, MARKET, "李娜")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void theRolesAreAnUnmodifiableCopy() {
        Set<Role> roles = new HashSet<>(Set.of(Role.CLERK));
        Actor clerk = new Actor("li.na", roles, MARKET, "李娜");

        roles.add(Role.ADMINISTRATOR);

        assertThat(clerk.roles()).containsExactly(Role.CLERK);
        assertThatThrownBy(() -> clerk.roles().add(Role.SUPERVISOR)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDepartmentCodeIsShortAndUrlSafe() {
        assertThat(new DepartmentCode("A-1_b").value()).isEqualTo("A-1_b");
        assertThatThrownBy(() -> new DepartmentCode("市场监管局")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new DepartmentCode("x".repeat(33))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new DepartmentCode(" ")).isInstanceOf(InvalidValue.class);
    }
}
