package org.openhall.network.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.network.application.service.Network.HASH;
import static org.openhall.network.application.service.Network.city;
import static org.openhall.network.application.service.Network.department;
import static org.openhall.network.application.service.Network.departmentWindow;
import static org.openhall.network.application.service.Network.township;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.StaffDefinition;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.HallScope;
import org.openhall.shared.domain.access.Role;

/** Where staff and windows stand: the hall and level that scope what staff act on. */
class HallScopeServiceTest {

    private final Network network = new Network();

    @BeforeEach
    void network() {
        network.apply.applyHall(city());
        network.apply.applyHall(township("HS-LN"));
        network.apply.applyDepartment(department("SCJG"));
        network.apply.applyStaff(staff("clerk.city", Role.CLERK, "SCJG", "HS-CITY"), HASH);
        network.apply.applyStaff(staff("clerk.ln", Role.CLERK, "SCJG", "HS-LN"), HASH);
        network.apply.applyStaff(staff("supervisor", Role.SUPERVISOR, null, null), HASH);
        network.apply.applyWindow(departmentWindow("LN-W1", "HS-LN", "SCJG", "clerk.ln", null));
    }

    private static StaffDefinition staff(String username, Role role, String department, String hall) {
        return new StaffDefinition(new StaffUsername(username), username, Set.of(role),
                department == null ? null : new DepartmentCode(department), hall == null ? null : new HallCode(hall));
    }

    @Test
    void staffStandAtTheirAccountsHallWithItsLevel() {
        assertThat(network.scopes.scopeOfStaff("clerk.ln"))
                .contains(new HallScope("HS-LN", AdministrativeLevel.TOWNSHIP));
        assertThat(network.scopes.scopeOfStaff("clerk.city"))
                .contains(new HallScope("HS-CITY", AdministrativeLevel.CITY));
    }

    @Test
    void staffWithoutAHallUnknownAccountsAndNamesNoAccountCanHaveStandNowhere() {
        assertThat(network.scopes.scopeOfStaff("supervisor")).isEmpty();
        assertThat(network.scopes.scopeOfStaff("nobody")).isEmpty();
        assertThat(network.scopes.scopeOfStaff("Not A Name!")).isEmpty();
    }

    @Test
    void aWindowStandsAtItsHall() {
        assertThat(network.scopes.scopeOfWindow(new WindowCode("LN-W1")))
                .isEqualTo(new HallScope("HS-LN", AdministrativeLevel.TOWNSHIP));
        assertThatThrownBy(() -> network.scopes.scopeOfWindow(new WindowCode("NO-SUCH")))
                .isInstanceOf(ResourceNotFound.class);
    }
}
