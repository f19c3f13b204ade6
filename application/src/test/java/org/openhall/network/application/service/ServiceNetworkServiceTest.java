package org.openhall.network.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.HallView;
import org.openhall.network.application.port.in.RegisterHallCommand;
import org.openhall.network.application.port.out.InMemoryDepartmentRepository;
import org.openhall.network.application.port.out.InMemoryServiceHallRepository;
import org.openhall.network.domain.HallCode;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.InvalidValue;

class ServiceNetworkServiceTest {

    private final ServiceNetworkService network = new ServiceNetworkService(new InMemoryServiceHallRepository(),
            new InMemoryDepartmentRepository());

    private boolean register(String code, AdministrativeLevel level, String parent) {
        return network.registerHallIfAbsent(new RegisterHallCommand(new HallCode(code), code + " hall", level,
                parent == null ? null : new HallCode(parent)));
    }

    @Test
    void aVillageStationBelongsToATownshipCentreWhichBelongsToTheCityCentre() {
        assertThat(register("HS-CITY", AdministrativeLevel.CITY, null)).isTrue();
        assertThat(register("HS-LN", AdministrativeLevel.TOWNSHIP, "HS-CITY")).isTrue();
        assertThat(register("HS-LN-V01", AdministrativeLevel.VILLAGE, "HS-LN")).isTrue();
        assertThat(network.halls()).extracting(HallView::parent).containsExactly(null, "HS-CITY", "HS-LN");
    }

    @Test
    void aVillageCannotHangDirectlyUnderTheCityCentre() {
        register("HS-CITY", AdministrativeLevel.CITY, null);
        assertThatThrownBy(() -> register("HS-V", AdministrativeLevel.VILLAGE, "HS-CITY")).isInstanceOf(InvalidValue.class);
        assertThat(network.halls()).hasSize(1);
    }

    @Test
    void anUnknownParentIsNotFound() {
        assertThatThrownBy(() -> register("HS-LN", AdministrativeLevel.TOWNSHIP, "HS-CITY")).isInstanceOf(ResourceNotFound.class);
    }

    @Test
    void registeringAnExistingHallLeavesItAsItIs() {
        register("HS-CITY", AdministrativeLevel.CITY, null);
        assertThat(network.registerHallIfAbsent(new RegisterHallCommand(new HallCode("HS-CITY"), "renamed",
                AdministrativeLevel.CITY, null))).isFalse();
        assertThat(network.halls()).singleElement().extracting(HallView::name).isEqualTo("HS-CITY hall");
    }
}
