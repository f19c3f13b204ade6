package org.openhall.network.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.network.application.service.Network.HASH;
import static org.openhall.network.application.service.Network.city;
import static org.openhall.network.application.service.Network.clerk;
import static org.openhall.network.application.service.Network.decided;
import static org.openhall.network.application.service.Network.department;
import static org.openhall.network.application.service.Network.departmentWindow;
import static org.openhall.network.application.service.Network.generalWindow;
import static org.openhall.network.application.service.Network.returned;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.network.application.port.in.HallDefinition;
import org.openhall.network.application.port.in.HallDetailView;
import org.openhall.network.application.port.in.HallView;
import org.openhall.network.application.port.in.ItemRef;
import org.openhall.network.application.port.in.WindowView;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.WindowKind;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.AdministrativeLevel;

class ServiceNetworkServiceTest {

    private final Network network = new Network();

    private void threeLevels() {
        network.apply.applyHall(city());
        network.apply.applyHall(new HallDefinition(new HallCode("HS-LN"), "岭南镇政务服务中心",
                AdministrativeLevel.TOWNSHIP, new HallCode("HS-CITY"), "岭南镇岭南街 8 号", "工作日 8:00—17:30",
                List.of(new ApprovalItemCode("MZJ-002"), new ApprovalItemCode("MZJ-001"))));
        network.apply.applyHall(new HallDefinition(new HallCode("HS-LN-V01"), "里兰村政务服务站",
                AdministrativeLevel.VILLAGE, new HallCode("HS-LN"), null, null, List.of()));
    }

    @Test
    void hallsComeCityFirstThenTownshipsThenVillagesWithAddressAndHours() {
        threeLevels();

        assertThat(network.query.halls()).extracting(HallView::code, HallView::parent, HallView::address)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HS-CITY", null, "合山市人民路 1 号"),
                        org.assertj.core.groups.Tuple.tuple("HS-LN", "HS-CITY", "岭南镇岭南街 8 号"),
                        org.assertj.core.groups.Tuple.tuple("HS-LN-V01", "HS-LN", null));
    }

    @Test
    void aHallShowsItsItemsWithTheirPublishedNamesAndItsWindows() {
        network.catalog.publish("MZJ-001", ItemKind.PUBLIC_SERVICE, "MZJ");
        threeLevels();
        network.apply.applyDepartment(department("MZJ"));
        network.apply.applyStaff(clerk("li.a", "MZJ"), HASH);
        network.apply.applyStaff(clerk("wang.b", "MZJ"), HASH);
        network.apply.applyWindow(departmentWindow("HS-LN-W02", "HS-LN", "MZJ", "li.a", "wang.b",
                decided("MZJ-001")));
        network.apply.applyWindow(generalWindow("HS-LN-W01", "HS-LN", "wang.b", null, returned("MZJ-002")));

        HallDetailView hall = network.query.hall(new HallCode("HS-LN"));

        assertThat(hall.hall().openingHours()).isEqualTo("工作日 8:00—17:30");
        assertThat(hall.items()).containsExactly(new ItemRef("MZJ-001", "事项 MZJ-001"), new ItemRef("MZJ-002", null));
        assertThat(hall.windows()).extracting(WindowView::code).containsExactly("HS-LN-W01", "HS-LN-W02");
        WindowView departmentWindow = hall.windows().get(1);
        assertThat(departmentWindow.kind()).isEqualTo(WindowKind.DEPARTMENT);
        assertThat(departmentWindow.department()).isEqualTo("MZJ");
        assertThat(departmentWindow.items()).singleElement().satisfies(i -> {
            assertThat(i.item()).isEqualTo(new ItemRef("MZJ-001", "事项 MZJ-001"));
            assertThat(i.decidedAtWindow()).isTrue();
        });
        assertThat(departmentWindow.postA()).isEqualTo("li.a");
        assertThat(departmentWindow.postB()).isEqualTo("wang.b");
    }

    @Test
    void windowsAreListedForOneHallOrAll() {
        threeLevels();
        network.apply.applyDepartment(department("MZJ"));
        network.apply.applyStaff(clerk("li.a", "MZJ"), HASH);
        network.apply.applyWindow(generalWindow("HS-LN-W01", "HS-LN", "li.a", null));
        network.apply.applyWindow(generalWindow("HS-CITY-W01", "HS-CITY", "li.a", null));

        assertThat(network.query.windows(new HallCode("HS-LN"))).extracting(WindowView::code)
                .containsExactly("HS-LN-W01");
        assertThat(network.query.windows(null)).extracting(WindowView::code)
                .containsExactly("HS-CITY-W01", "HS-LN-W01");
        assertThat(network.query.windows(new HallCode("HS-LN-V01"))).isEmpty();
    }

    @Test
    void anUnknownHallIsNotFound() {
        assertThatThrownBy(() -> network.query.hall(new HallCode("HS-XX"))).isInstanceOf(ResourceNotFound.class);
        assertThatThrownBy(() -> network.query.windows(new HallCode("HS-XX"))).isInstanceOf(ResourceNotFound.class);
    }
}
