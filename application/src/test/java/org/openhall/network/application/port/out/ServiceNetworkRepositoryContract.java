package org.openhall.network.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.Department;
import org.openhall.network.domain.HallCode;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.network.domain.ServiceHall;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * What every pair of {@link ServiceHallRepository} and {@link DepartmentRepository} must do. A
 * subclass hands in empty repositories before each test.
 */
public abstract class ServiceNetworkRepositoryContract {

    private ServiceHallRepository halls;
    private DepartmentRepository departments;

    protected abstract ServiceHallRepository emptyHalls();

    protected abstract DepartmentRepository emptyDepartments();

    @BeforeEach
    void createRepositories() {
        halls = emptyHalls();
        departments = emptyDepartments();
    }

    @Test
    public void hallsComeBackCityFirstThenTownshipsThenVillagesEachByCode() {
        halls.save(ServiceHall.of(new HallCode("HS-CITY"), "合山市政务服务中心", AdministrativeLevel.CITY, null));
        halls.save(ServiceHall.of(new HallCode("HS-LN"), "岭南镇政务服务中心", AdministrativeLevel.TOWNSHIP, new HallCode("HS-CITY")));
        halls.save(ServiceHall.of(new HallCode("HS-LN-V02"), "溯河村政务服务站", AdministrativeLevel.VILLAGE, new HallCode("HS-LN")));
        halls.save(ServiceHall.of(new HallCode("HS-BS"), "北泗乡政务服务中心", AdministrativeLevel.TOWNSHIP, new HallCode("HS-CITY")));
        halls.save(ServiceHall.of(new HallCode("HS-LN-V01"), "里兰村政务服务站", AdministrativeLevel.VILLAGE, new HallCode("HS-LN")));

        assertThat(halls.findAll()).extracting(h -> h.code().value())
                .containsExactly("HS-CITY", "HS-BS", "HS-LN", "HS-LN-V01", "HS-LN-V02");
        ServiceHall village = halls.findByCode(new HallCode("HS-LN-V01")).orElseThrow();
        assertThat(village.name()).isEqualTo("里兰村政务服务站");
        assertThat(village.level()).isEqualTo(AdministrativeLevel.VILLAGE);
        assertThat(village.parent()).isEqualTo(new HallCode("HS-LN"));
    }

    @Test
    public void aHallsLevelIsReadWithoutTheHall() {
        halls.save(ServiceHall.of(new HallCode("HS-CITY"), "合山市政务服务中心", AdministrativeLevel.CITY, null));
        halls.save(ServiceHall.of(new HallCode("HS-LN"), "岭南镇政务服务中心", AdministrativeLevel.TOWNSHIP, new HallCode("HS-CITY")));

        assertThat(halls.levelOf(new HallCode("HS-LN"))).contains(AdministrativeLevel.TOWNSHIP);
        assertThat(halls.levelOf(new HallCode("HS-CITY"))).contains(AdministrativeLevel.CITY);
        assertThat(halls.levelOf(new HallCode("HS-XX"))).isEmpty();
    }

    @Test
    public void savingAHallAgainReplacesItsName() {
        halls.save(ServiceHall.of(new HallCode("HS-CITY"), "合山市政务服务中心", AdministrativeLevel.CITY, null));
        halls.save(ServiceHall.of(new HallCode("HS-CITY"), "合山市人民政府政务服务中心", AdministrativeLevel.CITY, null));
        assertThat(halls.findAll()).singleElement().extracting(ServiceHall::name).isEqualTo("合山市人民政府政务服务中心");
    }

    @Test
    public void departmentsComeBackByCode() {
        departments.save(Department.of(new DepartmentCode("SCJG"), "合山市市场监督管理局"));
        departments.save(Department.of(new DepartmentCode("GAJ"), "合山市公安局"));
        assertThat(departments.findAll()).extracting(d -> d.code().value()).containsExactly("GAJ", "SCJG");
        assertThat(departments.findByCode(new DepartmentCode("GAJ"))).get().extracting(Department::name)
                .isEqualTo("合山市公安局");
        assertThat(departments.findByCode(new DepartmentCode("NONE"))).isEmpty();
    }

    @Test
    public void aHallIsReadBackWithItsAddressHoursAndItems() {
        halls.save(ServiceHall.of(new HallCode("HS-CITY"), "合山市政务服务中心", AdministrativeLevel.CITY, null,
                "合山市人民路 1 号", "周一至周五 9:00—12:00，14:30—17:30",
                List.of(new ApprovalItemCode("SCJG-002"), new ApprovalItemCode("SCJG-001"))));

        ServiceHall loaded = halls.findByCode(new HallCode("HS-CITY")).orElseThrow();
        assertThat(loaded.address()).isEqualTo("合山市人民路 1 号");
        assertThat(loaded.openingHours()).isEqualTo("周一至周五 9:00—12:00，14:30—17:30");
        assertThat(loaded.items()).extracting(ApprovalItemCode::value).containsExactly("SCJG-001", "SCJG-002");
    }

    @Test
    public void savingAHallAgainReplacesItsItems() {
        halls.save(ServiceHall.of(new HallCode("HS-CITY"), "中心", AdministrativeLevel.CITY, null, null, null,
                List.of(new ApprovalItemCode("SCJG-001"), new ApprovalItemCode("SCJG-002"))));
        halls.save(ServiceHall.of(new HallCode("HS-CITY"), "中心", AdministrativeLevel.CITY, null, null, null,
                List.of(new ApprovalItemCode("SCJG-003"))));

        ServiceHall loaded = halls.findByCode(new HallCode("HS-CITY")).orElseThrow();
        assertThat(loaded.items()).containsExactly(new ApprovalItemCode("SCJG-003"));
        assertThat(loaded.address()).isNull();
        assertThat(loaded.openingHours()).isNull();
    }

    @Test
    public void aDepartmentKeepsWhetherItIsStationed() {
        departments.save(Department.of(new DepartmentCode("SWJ"), "国家税务总局合山市税务局", false));
        departments.save(Department.of(new DepartmentCode("GAJ"), "合山市公安局", true));

        assertThat(departments.findByCode(new DepartmentCode("SWJ")).orElseThrow().stationed()).isFalse();
        assertThat(departments.findByCode(new DepartmentCode("GAJ")).orElseThrow().stationed()).isTrue();

        departments.save(Department.of(new DepartmentCode("SWJ"), "国家税务总局合山市税务局", true));
        assertThat(departments.findByCode(new DepartmentCode("SWJ")).orElseThrow().stationed()).isTrue();
    }
}
