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
import static org.openhall.network.application.service.Network.township;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.network.application.port.in.ApplyNetworkUseCase;
import org.openhall.network.application.port.in.DepartmentDefinition;
import org.openhall.network.application.port.in.HallDefinition;
import org.openhall.network.application.port.in.NetworkDefinition;
import org.openhall.network.application.port.in.RegisterHallCommand;
import org.openhall.network.application.port.in.StaffDefinition;
import org.openhall.network.application.port.in.WindowDefinition;
import org.openhall.network.application.port.in.WindowItemOutsideDepartment;
import org.openhall.network.application.port.out.NetworkChange;
import org.openhall.network.application.port.out.NetworkChange.Action;
import org.openhall.network.application.port.out.NetworkChange.Subject;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.shared.application.ChangeOutcome;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;

class NetworkApplyServiceTest {

    private final Network network = new Network();
    private final ApplyNetworkUseCase apply = network.apply;

    @BeforeEach
    void catalog() {
        network.catalog.publish("SCJG-001", ItemKind.ADMINISTRATIVE_LICENCE, "SCJG")
                .publish("SCJG-002", ItemKind.ADMINISTRATIVE_LICENCE, "SCJG")
                .publish("WSJK-001", ItemKind.ADMINISTRATIVE_LICENCE, "WSJK");
    }

    /** A city centre, two departments and four clerks: what every window test stands on. */
    private void basics() {
        apply.applyHall(city());
        apply.applyDepartment(department("SCJG"));
        apply.applyDepartment(department("WSJK"));
        for (String clerk : List.of("li.a", "wang.b", "zhao.c")) {
            apply.applyStaff(clerk(clerk, "SCJG"), HASH);
        }
        apply.applyStaff(clerk("sun.d", "WSJK"), HASH);
    }

    private List<NetworkChange> log() {
        return network.changes.all();
    }

    @Test
    void aNewHallIsAddedAndApplyingTheSameDefinitionAgainChangesNothing() {
        assertThat(apply.applyHall(city())).isEqualTo(ChangeOutcome.ADDED);
        assertThat(apply.applyHall(city())).isEqualTo(ChangeOutcome.UNCHANGED);

        assertThat(log()).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo(Action.ADDED);
            assertThat(line.subject()).isEqualTo(Subject.HALL);
            assertThat(line.key()).isEqualTo("HS-CITY");
            assertThat(line.actor()).isEqualTo(ApplyNetworkUseCase.APPLIED_BY);
            assertThat(line.at()).isEqualTo(OffsetDateTime.parse("2026-03-02T09:30:00+08:00"));
            assertThat(line.details()).contains("address=合山市人民路 1 号");
        });
    }

    @Test
    void newOpeningHoursAreAChangeLoggedWithTheOldAndNewText() {
        apply.applyHall(city());
        HallDefinition summerHours = new HallDefinition(new HallCode("HS-CITY"), "合山市政务服务中心",
                AdministrativeLevel.CITY, null, "合山市人民路 1 号", "周一至周五 8:30—12:00，15:00—18:00", List.of());

        assertThat(apply.applyHall(summerHours)).isEqualTo(ChangeOutcome.CHANGED);

        assertThat(network.query.halls()).singleElement().satisfies(
                h -> assertThat(h.openingHours()).isEqualTo("周一至周五 8:30—12:00，15:00—18:00"));
        assertThat(log().getLast().action()).isEqualTo(Action.CHANGED);
        assertThat(log().getLast().details()).isEqualTo(
                "openingHours: 周一至周五 9:00—12:00，14:30—17:30 → 周一至周五 8:30—12:00，15:00—18:00");
    }

    @Test
    void theOrderAndSurroundingSpacesOfAHallsDefinitionDoNotMakeAChange() {
        HallDefinition items = new HallDefinition(new HallCode("HS-CITY"), "合山市政务服务中心", AdministrativeLevel.CITY,
                null, "合山市人民路 1 号", null, List.of(new ApprovalItemCode("B-1"), new ApprovalItemCode("A-1")));
        apply.applyHall(items);

        HallDefinition reordered = new HallDefinition(new HallCode("HS-CITY"), " 合山市政务服务中心 ",
                AdministrativeLevel.CITY, null, "合山市人民路 1 号  ", "", List.of(new ApprovalItemCode("A-1"),
                        new ApprovalItemCode("B-1")));

        assertThat(apply.applyHall(reordered)).isEqualTo(ChangeOutcome.UNCHANGED);
    }

    @Test
    void aHallsItemsChangeIsLoggedAsWhatWasAddedAndRemoved() {
        apply.applyHall(new HallDefinition(new HallCode("HS-CITY"), "中心", AdministrativeLevel.CITY, null, null, null,
                List.of(new ApprovalItemCode("A-1"), new ApprovalItemCode("B-1"))));

        apply.applyHall(new HallDefinition(new HallCode("HS-CITY"), "中心", AdministrativeLevel.CITY, null, null, null,
                List.of(new ApprovalItemCode("B-1"), new ApprovalItemCode("C-1"))));

        assertThat(log().getLast().details()).isEqualTo("items: +C-1 −A-1");
    }

    @Test
    void aHallUnderAnUnknownParentIsNotFoundAndNothingIsWritten() {
        assertThatThrownBy(() -> apply.applyHall(township("HS-LN"))).isInstanceOf(ResourceNotFound.class)
                .extracting(e -> ((DomainProblem) e).code()).isEqualTo("hall.not-found");

        assertThat(network.query.halls()).isEmpty();
        assertThat(log()).isEmpty();
    }

    @Test
    void aVillageCannotHangDirectlyUnderTheCityCentre() {
        apply.applyHall(city());
        HallDefinition village = new HallDefinition(new HallCode("HS-V"), "村站", AdministrativeLevel.VILLAGE,
                new HallCode("HS-CITY"), null, null, List.of());

        assertThatThrownBy(() -> apply.applyHall(village)).isInstanceOf(InvalidValue.class);
        assertThat(network.query.halls()).hasSize(1);
    }

    @Test
    void aDepartmentThatLeavesTheCentreIsAChange() {
        assertThat(apply.applyDepartment(department("SWJ"))).isEqualTo(ChangeOutcome.ADDED);

        assertThat(apply.applyDepartment(new DepartmentDefinition(new DepartmentCode("SWJ"), "SWJ 局", false)))
                .isEqualTo(ChangeOutcome.CHANGED);

        assertThat(network.query.departments()).singleElement().satisfies(d -> assertThat(d.stationed()).isFalse());
        assertThat(log().getLast().details()).isEqualTo("stationed: true → false");
    }

    @Test
    void aWindowIsAddedThenUnchangedThenChangedThenRemovedAndEachStepIsLogged() {
        basics();
        WindowDefinition window = departmentWindow("W01", "HS-CITY", "SCJG", "li.a", "wang.b", decided("SCJG-001"),
                returned("SCJG-002"));
        WindowDefinition newB = departmentWindow("W01", "HS-CITY", "SCJG", "li.a", "zhao.c", returned("SCJG-002"),
                decided("SCJG-001"));
        int before = log().size();

        assertThat(apply.applyWindow(window)).isEqualTo(ChangeOutcome.ADDED);
        assertThat(apply.applyWindow(window)).isEqualTo(ChangeOutcome.UNCHANGED);
        assertThat(apply.applyWindow(newB)).isEqualTo(ChangeOutcome.CHANGED);
        assertThat(apply.removeWindow(new WindowCode("W01"))).isEqualTo(ChangeOutcome.REMOVED);
        assertThat(apply.removeWindow(new WindowCode("W01"))).isEqualTo(ChangeOutcome.UNCHANGED);

        List<NetworkChange> windowLines = log().subList(before, log().size());
        assertThat(windowLines).extracting(NetworkChange::action)
                .containsExactly(Action.ADDED, Action.CHANGED, Action.REMOVED);
        assertThat(windowLines).allSatisfy(line -> {
            assertThat(line.subject()).isEqualTo(Subject.WINDOW);
            assertThat(line.key()).isEqualTo("W01");
        });
        assertThat(windowLines.get(1).details()).isEqualTo("postB: wang.b → zhao.c");
        assertThat(network.windows.findAll()).isEmpty();
    }

    @Test
    void aChangedAuthorityOverAnItemIsAChange() {
        basics();
        apply.applyWindow(departmentWindow("W01", "HS-CITY", "SCJG", "li.a", "wang.b", returned("SCJG-001")));

        assertThat(apply.applyWindow(departmentWindow("W01", "HS-CITY", "SCJG", "li.a", "wang.b",
                decided("SCJG-001")))).isEqualTo(ChangeOutcome.CHANGED);
        assertThat(network.query.windows(null)).singleElement()
                .satisfies(w -> assertThat(w.items().getFirst().decidedAtWindow()).isTrue());
    }

    @Test
    void aDepartmentWindowCannotTakeAnotherDepartmentsItem() {
        basics();
        int before = log().size();

        assertThatThrownBy(() -> apply.applyWindow(departmentWindow("W01", "HS-CITY", "SCJG", "li.a", "wang.b",
                decided("SCJG-001"), decided("WSJK-001"))))
                .isInstanceOf(WindowItemOutsideDepartment.class)
                .satisfies(e -> assertThat(((DomainProblem) e).details()).containsEntry("item", "WSJK-001")
                        .containsEntry("itemDepartment", "WSJK").containsEntry("department", "SCJG"));

        assertThat(network.windows.findAll()).isEmpty();
        assertThat(log()).hasSize(before);
    }

    @Test
    void aGeneralWindowTakesItemsOfAnyDepartment() {
        basics();

        assertThat(apply.applyWindow(generalWindow("W00", "HS-CITY", "li.a", "sun.d", decided("SCJG-001"),
                returned("WSJK-001")))).isEqualTo(ChangeOutcome.ADDED);
    }

    @Test
    void anItemTheCatalogDoesNotOfferCannotBeCheckedAndIsTakenAsDefined() {
        basics();

        assertThat(apply.applyWindow(departmentWindow("W01", "HS-CITY", "SCJG", "li.a", null,
                returned("SCJG-999")))).isEqualTo(ChangeOutcome.ADDED);
    }

    @Test
    void aWindowNeedsAKnownHallDepartmentAndPostHolders() {
        basics();

        assertThatThrownBy(() -> apply.applyWindow(departmentWindow("W01", "HS-LN", "SCJG", "li.a", null)))
                .extracting(e -> ((DomainProblem) e).code()).isEqualTo("hall.not-found");
        assertThatThrownBy(() -> apply.applyWindow(departmentWindow("W01", "HS-CITY", "GAJ", "li.a", null)))
                .extracting(e -> ((DomainProblem) e).code()).isEqualTo("department.not-found");
        assertThatThrownBy(() -> apply.applyWindow(departmentWindow("W01", "HS-CITY", "SCJG", "li.a", "nobody")))
                .extracting(e -> ((DomainProblem) e).code()).isEqualTo("staff.not-found");
        assertThatThrownBy(() -> apply.applyWindow(departmentWindow("W01", "HS-CITY", "SCJG", "li.a", "li.a")))
                .isInstanceOf(InvalidValue.class);
        assertThat(network.windows.findAll()).isEmpty();
    }

    @Test
    void aNewStaffMemberGetsTheGivenPasswordHashAndAnExistingOneKeepsTheirs() {
        apply.applyHall(city());
        apply.applyHall(township("HS-LN"));
        apply.applyDepartment(department("SCJG"));
        assertThat(apply.applyStaff(clerk("li.a", "SCJG"), HASH)).isEqualTo(ChangeOutcome.ADDED);
        network.staff.save(StaffAccount.restore(new StaffUsername("li.a"), "li.a", "{bcrypt}changed-by-li",
                Set.of(Role.CLERK), new DepartmentCode("SCJG"), false, new HallCode("HS-CITY")));

        StaffDefinition moved = new StaffDefinition(new StaffUsername("li.a"), "李安", Set.of(Role.CLERK),
                new DepartmentCode("SCJG"), new HallCode("HS-LN"));
        assertThat(apply.applyStaff(moved, "{noop}ignored")).isEqualTo(ChangeOutcome.CHANGED);
        assertThat(apply.applyStaff(moved, "{noop}ignored")).isEqualTo(ChangeOutcome.UNCHANGED);

        StaffAccount stored = network.staff.findByUsername(new StaffUsername("li.a")).orElseThrow();
        assertThat(stored.passwordHash()).isEqualTo("{bcrypt}changed-by-li");
        assertThat(stored.enabled()).isFalse();
        assertThat(stored.displayName()).isEqualTo("李安");
        assertThat(stored.hall()).isEqualTo(new HallCode("HS-LN"));
        assertThat(log().getLast().details()).isEqualTo("displayName: li.a → 李安; hall: HS-CITY → HS-LN");
        assertThat(log()).noneMatch(line -> line.details().contains("{"));
    }

    @Test
    void staffOfAnUnknownDepartmentOrHallAreNotFound() {
        apply.applyHall(city());

        assertThatThrownBy(() -> apply.applyStaff(clerk("li.a", "SCJG"), HASH))
                .extracting(e -> ((DomainProblem) e).code()).isEqualTo("department.not-found");
        apply.applyDepartment(department("SCJG"));
        assertThatThrownBy(() -> apply.applyStaff(new StaffDefinition(new StaffUsername("li.a"), "李安",
                Set.of(Role.CLERK), new DepartmentCode("SCJG"), new HallCode("HS-XX")), HASH))
                .extracting(e -> ((DomainProblem) e).code()).isEqualTo("hall.not-found");
    }

    @Test
    void theCurrentNetworkAppliedAgainChangesNothing() {
        basics();
        apply.applyHall(new HallDefinition(new HallCode("HS-LN"), "岭南镇政务服务中心", AdministrativeLevel.TOWNSHIP,
                new HallCode("HS-CITY"), "岭南镇", "工作日", List.of(new ApprovalItemCode("SCJG-002"))));
        apply.applyWindow(departmentWindow("W01", "HS-CITY", "SCJG", "li.a", "wang.b", decided("SCJG-001")));
        apply.applyWindow(generalWindow("W02", "HS-LN", "zhao.c", null, returned("WSJK-001")));
        int before = log().size();

        NetworkDefinition current = apply.current();

        assertThat(current.halls()).extracting(h -> h.code().value()).containsExactly("HS-CITY", "HS-LN");
        assertThat(current.windows()).extracting(w -> w.code().value()).containsExactly("W01", "W02");
        assertThat(current.staff()).extracting(s -> s.username().value())
                .containsExactly("li.a", "sun.d", "wang.b", "zhao.c");
        current.halls().forEach(h -> assertThat(apply.applyHall(h)).isEqualTo(ChangeOutcome.UNCHANGED));
        current.departments().forEach(d -> assertThat(apply.applyDepartment(d)).isEqualTo(ChangeOutcome.UNCHANGED));
        current.staff().forEach(s -> assertThat(apply.applyStaff(s, HASH)).isEqualTo(ChangeOutcome.UNCHANGED));
        current.windows().forEach(w -> assertThat(apply.applyWindow(w)).isEqualTo(ChangeOutcome.UNCHANGED));
        assertThat(log()).hasSize(before);
    }

    @Test
    void theOlderRegisterCallsOnlyEverAddAndAreLoggedToo() {
        assertThat(network.apply.registerHallIfAbsent(new RegisterHallCommand(
                new HallCode("HS-CITY"), "中心", AdministrativeLevel.CITY, null))).isTrue();
        assertThat(network.apply.registerHallIfAbsent(new RegisterHallCommand(
                new HallCode("HS-CITY"), "改名", AdministrativeLevel.CITY, null))).isFalse();

        assertThat(network.query.halls()).singleElement().satisfies(h -> assertThat(h.name()).isEqualTo("中心"));
        assertThat(log()).singleElement().extracting(NetworkChange::action).isEqualTo(Action.ADDED);
    }
}
