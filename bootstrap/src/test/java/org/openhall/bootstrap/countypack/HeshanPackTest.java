package org.openhall.bootstrap.countypack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.in.ItemDefinition;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.RequiredMaterial;
import org.openhall.network.application.port.in.HallDefinition;
import org.openhall.network.application.port.in.StaffDefinition;
import org.openhall.network.domain.WindowKind;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.Role;

/** The bundled Heshan pack is valid and shaped like the seed's figures. */
class HeshanPackTest {

    private final CountyPackLoader.Loaded heshan = new CountyPackLoader().load("classpath:county-packs/heshan");

    @Test
    void theHeshanPackHasNoErrors() {
        assertThat(heshan.errors()).isEmpty();
        assertThat(heshan.valid()).isTrue();
    }

    @Test
    void itHasTheCityCentreThreeTownshipsAndTheThirtyVillagesOfAttachmentTwo() {
        Map<AdministrativeLevel, Long> halls = heshan.validated().halls().stream()
                .collect(Collectors.groupingBy(HallDefinition::level, Collectors.counting()));

        assertThat(halls).containsEntry(AdministrativeLevel.CITY, 1L).containsEntry(AdministrativeLevel.TOWNSHIP, 3L)
                .containsEntry(AdministrativeLevel.VILLAGE, 30L);
        assertThat(heshan.validated().halls()).extracting(HallDefinition::name)
                .contains("岭南镇政务服务中心", "北泗乡政务服务中心", "河里乡政务服务中心", "里兰村政务服务站", "羊樟村政务服务站");
    }

    @Test
    void atLeastFortyItemsOfAtLeastTenDepartmentsEachWithALegalBasis() {
        var items = heshan.validated().items();

        assertThat(items).hasSizeGreaterThanOrEqualTo(40);
        assertThat(items.stream().map(ItemDefinition::department).distinct().count()).isGreaterThanOrEqualTo(10);
        assertThat(items).allSatisfy(item -> assertThat(item.legalBases()).isNotEmpty());
    }

    @Test
    void theFoodLicenceKeepsTheMaterialsAndLimitsTheCaseTestsUse() {
        ItemDefinition food = heshan.validated().items().stream()
                .filter(i -> i.code().equals(new ApprovalItemCode("SCJG-001"))).findFirst().orElseThrow();

        assertThat(food.materials()).extracting(RequiredMaterial::code)
                .containsExactly("APP", "LICENCE", "LAYOUT", "RULES", "PROXY");
        assertThat(food.materials()).filteredOn(RequiredMaterial::mandatory).extracting(RequiredMaterial::code)
                .containsExactly("APP", "LICENCE", "LAYOUT", "RULES");
        assertThat(food.statutoryLimitWorkingDays()).isEqualTo(20);
        assertThat(food.promisedLimitWorkingDays()).isEqualTo(10);
    }

    @Test
    void twentyThreeWindowsEachWithAnAAndABPostAndFiftyEightStaff() {
        var windows = heshan.validated().windows();

        assertThat(windows).hasSize(23).allSatisfy(w -> assertThat(w.postB()).isNotNull());
        assertThat(windows).filteredOn(w -> w.kind() == WindowKind.GENERAL).hasSize(5);
        assertThat(heshan.validated().staff()).hasSize(58);
    }

    @Test
    void theReadmeUsersAndTheCatalogAdministratorAreThere() {
        Map<String, Set<Role>> roles = heshan.validated().staff().stream().map(StaffEntry::definition)
                .collect(Collectors.toMap(s -> s.username().value(), StaffDefinition::roles));

        assertThat(roles).containsEntry("clerk.scjg", Set.of(Role.CLERK)).containsEntry("clerk.wsjk", Set.of(Role.CLERK))
                .containsEntry("clerk.zjj", Set.of(Role.CLERK))
                .containsEntry("approver.scjg", Set.of(Role.DEPARTMENT_APPROVER))
                .containsEntry("supervisor", Set.of(Role.SUPERVISOR)).containsEntry("admin", Set.of(Role.ADMINISTRATOR))
                .containsEntry("catalog.admin", Set.of(Role.CATALOG_ADMINISTRATOR))
                .containsEntry("hotline.op", Set.of(Role.HOTLINE_OPERATOR))
                .containsEntry("head.scjg", Set.of(Role.DEPARTMENT_HEAD));
    }

    @Test
    void theSecondCountyPackHasNoErrorsEither() {
        CountyPackLoader.Loaded jinxiu = new CountyPackLoader().load("classpath:county-packs/jinxiu");

        assertThat(jinxiu.errors()).isEmpty();
        assertThat(jinxiu.validated().staff()).hasSize(6);
    }
}
