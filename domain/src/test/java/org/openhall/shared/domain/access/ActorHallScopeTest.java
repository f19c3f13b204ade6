package org.openhall.shared.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

/** Scope by hall level (三级分级办理): who may act on work held at which hall. */
class ActorHallScopeTest {

    private static final DepartmentCode ZWB = new DepartmentCode("ZWB");
    private static final HallScope CENTRE = new HallScope("HS-CITY", AdministrativeLevel.CITY);
    private static final HallScope LIANNAN = new HallScope("HS-LN", AdministrativeLevel.TOWNSHIP);
    private static final HallScope GUSHAN = new HallScope("HS-GS", AdministrativeLevel.TOWNSHIP);
    private static final HallScope LIANNAN_VILLAGE = new HallScope("HS-LN-01", AdministrativeLevel.VILLAGE);

    private static Actor staff(Role role, HallScope place) {
        return new Actor("staff." + role.name().toLowerCase(java.util.Locale.ROOT), Set.of(role), ZWB, "某人")
                .at(place);
    }

    @Test
    void aTownshipClerkActsOnlyOnTheirOwnHallsCases() {
        Actor clerk = staff(Role.CLERK, LIANNAN);

        assertThat(clerk.mayActAt(LIANNAN)).isTrue();
        assertThat(clerk.mayActAt(CENTRE)).isFalse();
        assertThat(clerk.mayActAt(null)).as("a case without a recorded place is a city case").isFalse();
        assertThat(clerk.mayActAt(GUSHAN)).isFalse();
        assertThat(clerk.mayActAt(LIANNAN_VILLAGE)).as("a township does not reach down to its villages").isFalse();
    }

    @Test
    void cityStaffActOnCityCasesButNotOnTownshipOrVillageCases() {
        for (Role role : Set.of(Role.CLERK, Role.DEPARTMENT_APPROVER, Role.DEPARTMENT_HEAD)) {
            Actor cityStaff = staff(role, CENTRE);

            assertThat(cityStaff.mayActAt(CENTRE)).as(role.name()).isTrue();
            assertThat(cityStaff.mayActAt(HallScope.CITY)).as(role.name()).isTrue();
            assertThat(cityStaff.mayActAt(LIANNAN)).as(role.name()).isFalse();
            assertThat(cityStaff.mayActAt(LIANNAN_VILLAGE)).as(role.name()).isFalse();
        }
    }

    @Test
    void staffBuiltWithoutAPlaceAreCityStaff() {
        Actor clerk = new Actor("li.na", Set.of(Role.CLERK), ZWB, "李娜");

        assertThat(clerk.place()).isNull();
        assertThat(clerk.placeOrCity()).isEqualTo(HallScope.CITY);
        assertThat(clerk.mayActAt(CENTRE)).isTrue();
        assertThat(clerk.mayActAt(LIANNAN)).isFalse();
    }

    @Test
    void aVillageClerkActsOnlyAtTheirStation() {
        Actor clerk = staff(Role.CLERK, LIANNAN_VILLAGE);

        assertThat(clerk.mayActAt(LIANNAN_VILLAGE)).isTrue();
        assertThat(clerk.mayActAt(LIANNAN)).isFalse();
        assertThat(clerk.mayActAt(CENTRE)).isFalse();
        assertThat(clerk.mayActAt(new HallScope("HS-LN-02", AdministrativeLevel.VILLAGE))).isFalse();
    }

    @Test
    void supervisorsAndAdministratorsSpanEveryLevel() {
        for (Role role : Set.of(Role.SUPERVISOR, Role.ADMINISTRATOR, Role.CATALOG_ADMINISTRATOR)) {
            Actor overseer = new Actor("o", Set.of(role), null, "监察", null, LIANNAN);

            assertThat(overseer.mayActAt(CENTRE)).as(role.name()).isTrue();
            assertThat(overseer.mayActAt(GUSHAN)).as(role.name()).isTrue();
            assertThat(overseer.mayActAt(LIANNAN_VILLAGE)).as(role.name()).isTrue();
        }
    }

    @Test
    void bothScopesMustHoldToActOnACase() {
        Actor clerk = staff(Role.CLERK, LIANNAN);

        assertThat(clerk.mayActOn(ZWB, LIANNAN)).isTrue();
        assertThat(clerk.mayActOn(new DepartmentCode("SCJG"), LIANNAN)).isFalse();
        assertThat(clerk.mayActOn(ZWB, CENTRE)).isFalse();
    }

    @Test
    void actingForAColleagueKeepsTheHall() {
        Actor b = staff(Role.CLERK, LIANNAN).inPlaceOf("clerk.a");

        assertThat(b.actingFor()).isEqualTo("clerk.a");
        assertThat(b.place()).isEqualTo(LIANNAN);
    }

    @Test
    void aTownshipOrVillageScopeNamesItsHall() {
        assertThatThrownBy(() -> new HallScope(" ", AdministrativeLevel.TOWNSHIP)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new HallScope("HS-LN", null)).isInstanceOf(InvalidValue.class);
        assertThat(new HallScope(null, AdministrativeLevel.CITY)).isEqualTo(HallScope.CITY);
    }
}
