package org.openhall.servicecase.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.catalog.application.service.CatalogTestbed.CATALOG_ADMIN;
import static org.openhall.catalog.application.service.CatalogTestbed.CLERK;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.in.ItemNotAvailable;
import org.openhall.catalog.application.service.CatalogTestbed;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ItemContentBuilder;
import org.openhall.catalog.domain.RequiredMaterial;
import org.openhall.servicecase.application.port.in.AcceptCaseCommand;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.RequestSupplementCommand;
import org.openhall.servicecase.application.port.in.SubmitApplicationCommand;
import org.openhall.servicecase.application.port.in.SupplyMaterialsCommand;
import org.openhall.servicecase.application.port.out.InMemoryCaseNumberSequence;
import org.openhall.servicecase.application.port.out.InMemoryServiceCaseRepository;
import org.openhall.servicecase.application.port.out.ServiceCaseFixtures;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.application.port.out.InMemoryCalendarYearRepository;
import org.openhall.shared.application.service.CalendarService;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.NationalCalendars;

/**
 * A case is handled under the catalog version it was received under: a new version of the item,
 * published while the case runs, changes neither its materials nor its limits; a suspended item
 * receives no new cases.
 */
class CaseKeepsItsItemVersionTest {

    private static final ApprovalItemCode FOOD = new ApprovalItemCode("SCJG-001");

    private final CatalogTestbed catalog = new CatalogTestbed();
    private ServiceCaseService cases;

    /** Version 1: APP, LAYOUT required (PROXY conditional); 20 statutory, 10 promised working days. */
    @BeforeEach
    void wire() {
        CalendarService calendars = new CalendarService(new InMemoryCalendarYearRepository(),
                CalendarSettings.defaults());
        calendars.importYear(NationalCalendars.heshan2026());
        cases = new ServiceCaseService(new InMemoryServiceCaseRepository(), new InMemoryCaseNumberSequence(),
                catalog.catalog, calendars, events -> { }, catalog.centre, catalog.clock);
        catalog.publish("SCJG-001", ItemContentBuilder.food().build(), "2026-01-01");
    }

    /** Version 2 from today: LAYOUT dropped, a health certificate required, 5 promised working days. */
    private void publishVersionTwo() {
        List<RequiredMaterial> materials = List.of(ItemContentBuilder.food().materials.getFirst(),
                new RequiredMaterial("HEALTH", "从业人员健康证明", false, 1, true));
        catalog.publish("SCJG-001", ItemContentBuilder.food().promisedWorkingDays(5).materials(materials).build(),
                "2026-03-02");
    }

    private CaseView submit(String... materials) {
        return cases.submit(new SubmitApplicationCommand(CLERK, FOOD, ServiceCaseFixtures.ZHANG_SAN, Set.of(materials)));
    }

    @Test
    void aCaseReceivedUnderVersionOneIsNotifiedSuppliedAndAcceptedUnderVersionOne() {
        catalog.today("2026-02-27");
        ServiceCaseId id = ServiceCaseId.of(submit("APP").id());
        catalog.today("2026-03-02");
        publishVersionTwo();

        CaseView noticed = cases.requestSupplement(new RequestSupplementCommand(CLERK, id, Map.of()));
        assertThat(noticed.notices().getFirst().items()).extracting(CaseView.NoticeLine::code)
                .as("version 1's missing materials, not version 2's").containsExactly("LAYOUT");
        cases.supply(new SupplyMaterialsCommand(CLERK, id, Set.of("LAYOUT")));
        CaseView accepted = cases.accept(new AcceptCaseCommand(CLERK, id));

        assertThat(accepted.itemVersion()).isEqualTo(1);
        // Mon 03-02 is day 0; version 1 promises 10 working days: Mon 03-16. Version 2 would say 03-09.
        assertThat(accepted.promisedDue()).isEqualTo(LocalDate.parse("2026-03-16"));
    }

    @Test
    void aCaseReceivedAfterTheNewVersionIsHandledUnderIt() {
        publishVersionTwo();

        CaseView received = submit("APP", "HEALTH");

        assertThat(received.itemVersion()).isEqualTo(2);
        assertThat(cases.accept(new AcceptCaseCommand(CLERK, ServiceCaseId.of(received.id()))).promisedDue())
                .isEqualTo(LocalDate.parse("2026-03-09"));
    }

    @Test
    void aSuspendedItemReceivesNoNewCaseButARunningCaseGoesOn() {
        catalog.today("2026-02-27");
        ServiceCaseId running = ServiceCaseId.of(submit("APP", "LAYOUT").id());
        catalog.today("2026-03-02");
        catalog.maintenance.suspend(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-02"), "系统升级");

        assertThatThrownBy(() -> submit("APP", "LAYOUT")).isInstanceOf(ItemNotAvailable.class)
                .hasFieldOrPropertyWithValue("code", "item.not-available");
        assertThat(cases.accept(new AcceptCaseCommand(CLERK, running)).itemVersion()).isEqualTo(1);
    }
}
