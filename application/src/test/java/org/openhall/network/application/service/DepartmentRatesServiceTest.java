package org.openhall.network.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.network.application.service.Network.HASH;
import static org.openhall.network.application.service.Network.city;
import static org.openhall.network.application.service.Network.clerk;
import static org.openhall.network.application.service.Network.decided;
import static org.openhall.network.application.service.Network.department;
import static org.openhall.network.application.service.Network.departmentWindow;
import static org.openhall.network.application.service.Network.generalWindow;
import static org.openhall.network.application.service.Network.returned;
import static org.openhall.network.application.service.Network.township;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.network.application.port.in.DepartmentDefinition;
import org.openhall.network.application.port.in.DepartmentRates;
import org.openhall.network.application.port.in.WindowItem;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * The two figures on a small network worked out by hand:
 *
 * <pre>
 * catalog  SCJG-001..004 approval items (3 licences, 1 non-licence approval), SCJG-005 a public service
 *          WSJK-001, WSJK-002 approval items; GAJ-001, GAJ-002 licences; MZJ-001 a licence
 * city     W01  SCJG window: SCJG-001 decided, SCJG-002 decided, SCJG-003 returned to the department
 *          W00  general window: GAJ-001 returned
 * township LN1  SCJG window: SCJG-004 decided            (not in the city centre: counts for nothing)
 * SWJ is a department without items or windows; MZJ is in the catalog only.
 *
 * SCJG  stationed 3, decided 2 → 2/3;  approval items 4, in the centre 3 → 3/4
 * GAJ   stationed 0, decided 0 → 0;    approval items 2, in the centre 1 → 1/2 (through the general window)
 * WSJK  stationed 0, decided 0 → 0;    approval items 2, in the centre 0 → 0
 * SWJ   0 / 0 → 0;                      0 / 0 → 0
 * MZJ   0 / 0 → 0;                      approval items 1, in the centre 0 → 0
 * </pre>
 */
class DepartmentRatesServiceTest {

    private final Network network = new Network();

    @BeforeEach
    void knownNetwork() {
        network.catalog.publish("SCJG-001", ItemKind.ADMINISTRATIVE_LICENCE, "SCJG")
                .publish("SCJG-002", ItemKind.ADMINISTRATIVE_LICENCE, "SCJG")
                .publish("SCJG-003", ItemKind.NON_LICENCE_APPROVAL, "SCJG")
                .publish("SCJG-004", ItemKind.ADMINISTRATIVE_LICENCE, "SCJG")
                .publish("SCJG-005", ItemKind.PUBLIC_SERVICE, "SCJG")
                .publish("WSJK-001", ItemKind.ADMINISTRATIVE_LICENCE, "WSJK")
                .publish("WSJK-002", ItemKind.NON_LICENCE_APPROVAL, "WSJK")
                .publish("GAJ-001", ItemKind.ADMINISTRATIVE_LICENCE, "GAJ")
                .publish("GAJ-002", ItemKind.ADMINISTRATIVE_LICENCE, "GAJ")
                .publish("MZJ-001", ItemKind.ADMINISTRATIVE_LICENCE, "MZJ");
        network.apply.applyHall(city());
        network.apply.applyHall(township("HS-LN"));
        for (String department : List.of("SCJG", "WSJK", "GAJ")) {
            network.apply.applyDepartment(department(department));
        }
        network.apply.applyDepartment(new DepartmentDefinition(new DepartmentCode("SWJ"), "税务局", false));
        network.apply.applyStaff(clerk("li.a", "SCJG"), HASH);
        network.apply.applyStaff(clerk("wang.b", "SCJG"), HASH);
        network.apply.applyWindow(departmentWindow("W01", "HS-CITY", "SCJG", "li.a", "wang.b", decided("SCJG-001"),
                decided("SCJG-002"), returned("SCJG-003")));
        network.apply.applyWindow(generalWindow("W00", "HS-CITY", "wang.b", null, returned("GAJ-001")));
        network.apply.applyWindow(departmentWindow("LN1", "HS-LN", "SCJG", "li.a", null, decided("SCJG-004")));
    }

    private Map<String, DepartmentRates> rates() {
        return network.rates.rates().stream()
                .collect(Collectors.toMap(r -> r.department().value(), Function.identity()));
    }

    @Test
    void aDepartmentWithFourApprovalItemsThreeStationedAndTwoDecidedAtTheWindowHasTwoThirdsAndThreeQuarters() {
        DepartmentRates market = rates().get("SCJG");

        assertThat(market.itemsStationed()).isEqualTo(3);
        assertThat(market.itemsDecidedAtWindow()).isEqualTo(2);
        assertThat(market.authorizationRate()).isEqualTo(2.0 / 3);
        assertThat(market.approvalItemsInCatalog()).isEqualTo(4);
        assertThat(market.approvalItemsInCentre()).isEqualTo(3);
        assertThat(market.threeConcentrationsRate()).isEqualTo(0.75);
    }

    @Test
    void anItemAtACityGeneralWindowIsInTheCentreButNotStationedAtTheDepartmentsWindow() {
        DepartmentRates police = rates().get("GAJ");

        assertThat(police).isEqualTo(new DepartmentRates(new DepartmentCode("GAJ"), 0, 0, 0.0, 2, 1, 0.5));
    }

    @Test
    void aDepartmentWithNothingStationedHasRatesOfZeroWithItsCountsShown() {
        assertThat(rates().get("WSJK")).isEqualTo(new DepartmentRates(new DepartmentCode("WSJK"), 0, 0, 0.0, 2, 0, 0.0));
        assertThat(rates().get("SWJ")).isEqualTo(new DepartmentRates(new DepartmentCode("SWJ"), 0, 0, 0.0, 0, 0, 0.0));
    }

    @Test
    void everyDepartmentOfTheNetworkAndOfTheCatalogHasALineByCode() {
        assertThat(network.rates.rates()).extracting(r -> r.department().value())
                .containsExactly("GAJ", "MZJ", "SCJG", "SWJ", "WSJK");
        assertThat(rates().get("MZJ").approvalItemsInCatalog()).isEqualTo(1);
    }

    @Test
    void anItemAtTwoOfTheDepartmentsWindowsIsStationedOnceAndDecidedIfEitherDecidesIt() {
        network.apply.applyWindow(departmentWindow("W02", "HS-CITY", "SCJG", "wang.b", "li.a", returned("SCJG-001"),
                decided("SCJG-003")));

        DepartmentRates market = rates().get("SCJG");

        assertThat(market.itemsStationed()).isEqualTo(3);
        assertThat(market.itemsDecidedAtWindow()).isEqualTo(3);
        assertThat(market.authorizationRate()).isEqualTo(1.0);
    }

    @Test
    void theWholeCatalogIsReadPastItsFirstPage() {
        List<WindowItem> handled = new ArrayList<>();
        for (int i = 1; i <= 450; i++) {
            String code = "RSJ-%03d".formatted(i);
            network.catalog.publish(code, ItemKind.ADMINISTRATIVE_LICENCE, "RSJ");
            if (i % 50 == 0) {
                handled.add(decided(code));
            }
        }
        network.apply.applyDepartment(department("RSJ"));
        network.apply.applyWindow(departmentWindow("W03", "HS-CITY", "RSJ", "li.a", null,
                handled.toArray(WindowItem[]::new)));

        DepartmentRates labour = rates().get("RSJ");

        assertThat(labour.approvalItemsInCatalog()).isEqualTo(450);
        assertThat(labour.approvalItemsInCentre()).isEqualTo(9);
        assertThat(labour.threeConcentrationsRate()).isEqualTo(0.02);
        assertThat(labour.authorizationRate()).isEqualTo(1.0);
    }
}
