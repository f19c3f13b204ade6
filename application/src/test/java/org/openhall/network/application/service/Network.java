package org.openhall.network.application.service;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.application.port.in.DepartmentDefinition;
import org.openhall.network.application.port.in.HallDefinition;
import org.openhall.network.application.port.in.StaffDefinition;
import org.openhall.network.application.port.in.WindowDefinition;
import org.openhall.network.application.port.in.WindowItem;
import org.openhall.network.application.port.out.InMemoryAbsenceRepository;
import org.openhall.network.application.port.out.InMemoryDepartmentRepository;
import org.openhall.network.application.port.out.InMemoryNetworkChangeLog;
import org.openhall.network.application.port.out.InMemoryServiceHallRepository;
import org.openhall.network.application.port.out.InMemoryServiceWindowRepository;
import org.openhall.network.application.port.out.InMemoryStaffAccountRepository;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.network.domain.WindowKind;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.time.SettableClock;

/** The network's use cases on in-memory ports, with a clock in Heshan and a catalog to fill. */
final class Network {

    static final ZoneId HESHAN = ZoneId.of("Asia/Shanghai");
    static final String HASH = "{noop}secret";

    final SettableClock clock = new SettableClock(HESHAN, LocalDateTime.parse("2026-03-02T09:30:00"));
    final InMemoryServiceHallRepository halls = new InMemoryServiceHallRepository();
    final InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();
    final InMemoryServiceWindowRepository windows = new InMemoryServiceWindowRepository();
    final InMemoryStaffAccountRepository staff = new InMemoryStaffAccountRepository();
    final InMemoryAbsenceRepository absences = new InMemoryAbsenceRepository();
    final InMemoryNetworkChangeLog changes = new InMemoryNetworkChangeLog();
    final PublishedItems catalog = new PublishedItems();

    final NetworkApplyService apply = new NetworkApplyService(halls, departments, windows, staff, changes,
            catalog.query(), clock);
    final ServiceNetworkService query = new ServiceNetworkService(halls, departments, windows, catalog.query());
    final WindowDutyService duty = new WindowDutyService(windows, absences, staff, changes, clock);
    final DepartmentRatesService rates = new DepartmentRatesService(departments, halls, windows, catalog.query());
    final HallScopeService scopes = new HallScopeService(staff, windows, halls);

    static HallDefinition city() {
        return new HallDefinition(new HallCode("HS-CITY"), "合山市政务服务中心", AdministrativeLevel.CITY, null,
                "合山市人民路 1 号", "周一至周五 9:00—12:00，14:30—17:30", List.of());
    }

    static HallDefinition township(String code) {
        return new HallDefinition(new HallCode(code), code + " 乡镇政务服务中心", AdministrativeLevel.TOWNSHIP,
                new HallCode("HS-CITY"), null, null, List.of());
    }

    static DepartmentDefinition department(String code) {
        return new DepartmentDefinition(new DepartmentCode(code), code + " 局", true);
    }

    static StaffDefinition clerk(String username, String department) {
        return new StaffDefinition(new StaffUsername(username), username, Set.of(Role.CLERK),
                new DepartmentCode(department), new HallCode("HS-CITY"));
    }

    static WindowDefinition departmentWindow(String code, String hall, String department, String postA,
            String postB, WindowItem... items) {
        return new WindowDefinition(new WindowCode(code), new HallCode(hall), department + " 窗口",
                WindowKind.DEPARTMENT, new DepartmentCode(department), List.of(items), new StaffUsername(postA),
                postB == null ? null : new StaffUsername(postB));
    }

    static WindowDefinition generalWindow(String code, String hall, String postA, String postB, WindowItem... items) {
        return new WindowDefinition(new WindowCode(code), new HallCode(hall), "综合窗口", WindowKind.GENERAL, null,
                List.of(items), new StaffUsername(postA), postB == null ? null : new StaffUsername(postB));
    }

    static WindowItem decided(String item) {
        return new WindowItem(new ApprovalItemCode(item), true);
    }

    static WindowItem returned(String item) {
        return new WindowItem(new ApprovalItemCode(item), false);
    }
}
