package org.openhall.network.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.LastRoleNotRevocable;
import org.openhall.network.application.port.in.StaffAccountNotFound;
import org.openhall.network.application.port.in.StaffAdministrationNotAllowed;
import org.openhall.network.application.port.out.SignInFailureStore;
import org.openhall.network.domain.RolesConflict;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.signin.SignInFailures;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;

/** The security administrator's tools: unlock, grant and revoke within the separation of duties. */
class StaffAdministrationServiceTest {

    private static final Actor SECURITY = new Actor("an.security", Set.of(Role.SECURITY_ADMINISTRATOR), null, "黎安");
    private static final Actor SYSTEM = new Actor("qin.admin", Set.of(Role.ADMINISTRATOR), null, "覃丽");
    private static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");

    private final InMemorySignInStores stores = new InMemorySignInStores();
    private final StaffAdministrationService service = new StaffAdministrationService(stores.accounts, stores);

    @BeforeEach
    void accounts() {
        open("li.clerk", Set.of(Role.CLERK), new DepartmentCode("SCJG"));
        open("wei.audit", Set.of(Role.AUDIT_ADMINISTRATOR), null);
        open("an.security", Set.of(Role.SECURITY_ADMINISTRATOR), null);
    }

    private void open(String name, Set<Role> roles, DepartmentCode department) {
        stores.accounts.save(StaffAccount.open(new StaffUsername(name), name, "plain:x", roles, department));
    }

    private Set<Role> rolesOf(String name) {
        return stores.accounts.findByUsername(new StaffUsername(name)).orElseThrow().roles();
    }

    @Test
    void unlockingForgetsTheAccountsFailuresFromEveryAddressButNoOneElses() {
        stores.save("li.clerk", "10.0.0.1", new SignInFailures(5, AT));
        stores.save("li.clerk", SignInFailureStore.WHOLE_ACCOUNT, new SignInFailures(100, AT));
        stores.save("li.clerk.b", "10.0.0.1", new SignInFailures(3, AT));

        service.unlock(SECURITY, "li.clerk");

        assertThat(stores.of("li.clerk", "10.0.0.1")).isEqualTo(SignInFailures.NONE);
        assertThat(stores.of("li.clerk", SignInFailureStore.WHOLE_ACCOUNT)).isEqualTo(SignInFailures.NONE);
        assertThat(stores.of("li.clerk.b", "10.0.0.1").count()).isEqualTo(3);
    }

    @Test
    void onlyTheSecurityAdministratorUnlocksAndOnlyAccountsThatExist() {
        stores.save("li.clerk", SignInFailureStore.WHOLE_ACCOUNT, new SignInFailures(100, AT));
        assertThatThrownBy(() -> service.unlock(SYSTEM, "li.clerk")).isInstanceOf(StaffAdministrationNotAllowed.class);
        assertThat(stores.of("li.clerk", SignInFailureStore.WHOLE_ACCOUNT).count()).isEqualTo(100);
        assertThatThrownBy(() -> service.unlock(SECURITY, "nobody")).isInstanceOf(StaffAccountNotFound.class);
        assertThatThrownBy(() -> service.unlock(SECURITY, "Not a name!")).isInstanceOf(StaffAccountNotFound.class);
    }

    @Test
    void grantsAndRevokesARole() {
        assertThat(service.grant(SECURITY, "li.clerk", Role.DEPARTMENT_APPROVER))
                .containsExactlyInAnyOrder(Role.CLERK, Role.DEPARTMENT_APPROVER);
        assertThat(rolesOf("li.clerk")).containsExactlyInAnyOrder(Role.CLERK, Role.DEPARTMENT_APPROVER);
        // Granting again changes nothing.
        assertThat(service.grant(SECURITY, "li.clerk", Role.DEPARTMENT_APPROVER)).hasSize(2);

        assertThat(service.revoke(SECURITY, "li.clerk", Role.CLERK)).containsExactly(Role.DEPARTMENT_APPROVER);
        assertThat(rolesOf("li.clerk")).containsExactly(Role.DEPARTMENT_APPROVER);
    }

    @Test
    void refusesWhatBreaksTheSeparationOfDutiesAndKeepsTheRolesAsTheyWere() {
        assertThatThrownBy(() -> service.grant(SECURITY, "wei.audit", Role.ADMINISTRATOR))
                .isInstanceOf(RolesConflict.class);
        assertThatThrownBy(() -> service.grant(SECURITY, "li.clerk", Role.AUDIT_ADMINISTRATOR))
                .isInstanceOf(RolesConflict.class);
        assertThatThrownBy(() -> service.grant(SECURITY, "wei.audit", Role.SUPERVISOR))
                .isInstanceOf(RolesConflict.class);
        assertThat(rolesOf("wei.audit")).containsExactly(Role.AUDIT_ADMINISTRATOR);
        assertThat(rolesOf("li.clerk")).containsExactly(Role.CLERK);
    }

    @Test
    void theLastRoleStaysAndADepartmentRoleNeedsADepartment() {
        assertThatThrownBy(() -> service.revoke(SECURITY, "wei.audit", Role.AUDIT_ADMINISTRATOR))
                .isInstanceOf(LastRoleNotRevocable.class);
        open("zhao.supervisor", Set.of(Role.SUPERVISOR), null);
        assertThatThrownBy(() -> service.grant(SECURITY, "zhao.supervisor", Role.CLERK))
                .isInstanceOf(InvalidValue.class);
        assertThat(rolesOf("zhao.supervisor")).containsExactly(Role.SUPERVISOR);
    }

    @Test
    void nobodyButTheSecurityAdministratorChangesRolesAndNobodyTheirOwn() {
        assertThatThrownBy(() -> service.grant(SYSTEM, "li.clerk", Role.SUPERVISOR))
                .isInstanceOf(StaffAdministrationNotAllowed.class);
        assertThatThrownBy(() -> service.revoke(SYSTEM, "li.clerk", Role.CLERK))
                .isInstanceOf(StaffAdministrationNotAllowed.class);
        assertThatThrownBy(() -> service.grant(SECURITY, "an.security", Role.CATALOG_ADMINISTRATOR))
                .isInstanceOf(StaffAdministrationNotAllowed.class);
        assertThatThrownBy(() -> service.grant(SECURITY, "nobody", Role.CLERK)).isInstanceOf(StaffAccountNotFound.class);
        assertThat(rolesOf("an.security")).containsExactly(Role.SECURITY_ADMINISTRATOR);
    }
}
