package org.openhall.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openhall.planted.bootstrap.PlantedClockConfiguration;
import org.openhall.planted.bootstrap.StartupStopwatch;
import org.openhall.planted.catalog.adapter.in.web.ClockReadingController;
import org.openhall.planted.catalog.adapter.in.web.PortCallingController;
import org.openhall.planted.catalog.adapter.in.web.ServiceCallingController;
import org.openhall.planted.catalog.adapter.in.web.ShortcutController;
import org.openhall.planted.catalog.adapter.in.web.StoreReadingController;
import org.openhall.planted.catalog.adapter.out.persistence.JdbcPlantedItemStore;
import org.openhall.planted.catalog.application.port.in.FindPlantedItems;
import org.openhall.planted.catalog.application.port.out.PlantedItemStore;
import org.openhall.planted.catalog.application.service.AdapterAwareService;
import org.openhall.planted.catalog.application.service.JdbcBackedCatalogService;
import org.openhall.planted.catalog.application.service.PlantedCatalogService;
import org.openhall.planted.catalog.application.service.SpringStereotypedService;
import org.openhall.planted.catalog.domain.PlantedItem;
import org.openhall.planted.catalog.domain.PlantedItemCode;
import org.openhall.planted.catalog.domain.SpringAwareItem;
import org.openhall.planted.modulith.PlantedApplication;
import org.openhall.planted.servicecase.adapter.in.web.PlantedCaseController;
import org.openhall.planted.servicecase.adapter.out.messaging.CaseEventRelay;
import org.openhall.planted.servicecase.domain.CaseHoldingItem;
import org.openhall.planted.servicecase.domain.PlantedCaseId;
import org.openhall.planted.servicecase.domain.SelfTimedCase;
import org.openhall.planted.servicecase.domain.event.ContactCarryingEvent;
import org.openhall.planted.servicecase.domain.event.PhoneCarryingEvent;
import org.openhall.planted.servicecase.domain.event.PlantedCaseClosed;
import org.openhall.planted.shared.adapter.in.web.PlantedProblemResponses;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * Every rule fails on a violation planted for it, and names the offending class.
 *
 * <p>The planted classes live in test sources under {@code org.openhall.planted.<context>.<layer>…}, the same
 * shape as {@code org.openhall.<context>.<layer>…}, so the rules' package patterns apply to them unchanged (see
 * {@code org.openhall.planted}). Each test imports only the planted classes the rule needs, on purpose; the
 * production checks never see them.
 */
class PlantedViolationsTest {

    @Test
    void a_domain_class_using_spring_breaks_domain_depends_only_on_jdk_and_jmolecules() {
        JavaClasses planted = importClasses(SpringAwareItem.class, PlantedItem.class, PlantedItemCode.class);

        assertThatThrownBy(() -> LayeringRules.domain_depends_only_on_jdk_and_jmolecules.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(SpringAwareItem.class.getName())
                .hasMessageContaining("org.springframework.stereotype.Component")
                .hasMessageNotContaining(PlantedItem.class.getName() + ">");
    }

    @Test
    void an_application_service_using_jdbc_breaks_application_does_not_depend_on_adapters_web_jdbc_or_jackson() {
        JavaClasses planted = importClasses(JdbcBackedCatalogService.class, PlantedCatalogService.class);

        assertThatThrownBy(() -> LayeringRules.application_does_not_depend_on_adapters_web_jdbc_or_jackson
                .check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(JdbcBackedCatalogService.class.getName())
                .hasMessageContaining("org.springframework.jdbc.core.JdbcTemplate")
                .hasMessageNotContaining(PlantedCatalogService.class.getName() + ">");
    }

    @Test
    void a_spring_stereotype_on_a_use_case_breaks_the_application_rule_but_its_transaction_boundary_does_not() {
        JavaClasses planted = importClasses(SpringStereotypedService.class);

        assertThatThrownBy(() -> LayeringRules.application_does_not_depend_on_adapters_web_jdbc_or_jackson
                .check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(SpringStereotypedService.class.getName())
                .hasMessageContaining("org.springframework.stereotype.Service")
                .hasMessageNotContaining("Transactional");
    }

    @Test
    void a_web_controller_using_the_persistence_adapter_breaks_adapters_do_not_depend_on_each_other() {
        JavaClasses planted = importClasses(ShortcutController.class, JdbcPlantedItemStore.class);

        assertThatThrownBy(() -> LayeringRules.adapters_do_not_depend_on_each_other.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ShortcutController.class.getName())
                .hasMessageContaining(JdbcPlantedItemStore.class.getName());
    }

    @Test
    void any_technology_reading_another_technologys_adapter_breaks_adapters_do_not_depend_on_each_other() {
        JavaClasses planted = importClasses(CaseEventRelay.class, JdbcPlantedItemStore.class,
                PlantedCaseController.class, PlantedProblemResponses.class);

        assertThatThrownBy(() -> LayeringRules.adapters_do_not_depend_on_each_other.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(CaseEventRelay.class.getName())
                .hasMessageNotContaining(PlantedCaseController.class.getName());
    }

    @Test
    void web_adapters_of_different_contexts_may_share_web_code() {
        JavaClasses planted = importClasses(PlantedCaseController.class, PlantedProblemResponses.class,
                JdbcPlantedItemStore.class);

        assertThatCode(() -> LayeringRules.adapters_do_not_depend_on_each_other.check(planted))
                .doesNotThrowAnyException();
    }

    @Test
    void a_controller_calling_a_service_or_a_secondary_port_breaks_controllers_call_primary_ports_only() {
        JavaClasses planted = importClasses(ServiceCallingController.class, StoreReadingController.class,
                PortCallingController.class, PlantedCatalogService.class, PlantedItemStore.class,
                FindPlantedItems.class);

        assertThatThrownBy(() -> LayeringRules.controllers_call_primary_ports_only.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ServiceCallingController.class.getName())
                .hasMessageContaining(StoreReadingController.class.getName())
                .hasMessageNotContaining(PortCallingController.class.getName());
    }

    @Test
    void an_aggregate_holding_another_aggregate_breaks_aggregates_reference_each_other_by_id() {
        JavaClasses planted = importClasses(CaseHoldingItem.class, PlantedCaseId.class, PlantedItem.class,
                PlantedItemCode.class);

        assertThatThrownBy(() -> LayeringRules.aggregates_reference_each_other_by_id.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CaseHoldingItem.item ")
                .hasMessageNotContaining("CaseHoldingItem.itemCode");
    }

    @Test
    void an_application_service_holding_a_secondary_adapter_breaks_the_hexagonal_stereotypes() {
        JavaClasses planted = importClasses(AdapterAwareService.class, JdbcPlantedItemStore.class,
                PlantedItemStore.class, PlantedCatalogService.class, FindPlantedItems.class);

        assertThatThrownBy(() -> LayeringRules.ports_and_adapters_follow_their_hexagonal_stereotypes.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(AdapterAwareService.class.getName())
                .hasMessageNotContaining(PlantedCatalogService.class.getName() + ".");
    }

    @Test
    void an_event_with_a_phone_or_an_id_number_breaks_domain_events_carry_no_personal_data() {
        JavaClasses planted = importClasses(PhoneCarryingEvent.class, ContactCarryingEvent.class,
                PlantedCaseClosed.class);

        assertThatThrownBy(() -> LayeringRules.domain_events_carry_no_personal_data.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(PhoneCarryingEvent.class.getName() + ".applicantPhone")
                .hasMessageContaining(ContactCarryingEvent.class.getName() + ".holder")
                .hasMessageNotContaining(PlantedCaseClosed.class.getName());
    }

    @Test
    void a_domain_class_reading_the_wall_clock_breaks_no_wall_clock_reads_outside_a_clock_provider() {
        JavaClasses planted = importClasses(SelfTimedCase.class);

        assertThatThrownBy(() -> LayeringRules.no_wall_clock_reads_outside_a_clock_provider.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(SelfTimedCase.class.getName() + ".receivedAt()")
                .hasMessageContaining("java.time.Instant.now()")
                .hasMessageContaining("java.time.LocalDate.now(java.time.ZoneId)")
                .hasMessageContaining("references method <java.time.Instant.now()>")
                .hasMessageNotContaining("java.time.LocalDate.now(java.time.Clock)");
    }

    @Test
    void only_the_clock_bean_of_the_composition_root_may_read_the_system_clock() {
        assertThatCode(() -> LayeringRules.no_wall_clock_reads_outside_a_clock_provider
                .check(importClasses(PlantedClockConfiguration.class)))
                .doesNotThrowAnyException();

        assertThatThrownBy(() -> LayeringRules.no_wall_clock_reads_outside_a_clock_provider
                .check(importClasses(StartupStopwatch.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(StartupStopwatch.class.getName())
                .hasMessageContaining("java.lang.System.currentTimeMillis()");
    }

    @Test
    void a_controller_reading_the_composition_roots_configuration_breaks_nothing_depends_on_the_composition_root() {
        JavaClasses planted = importClasses(ClockReadingController.class, PlantedClockConfiguration.class);

        assertThatThrownBy(() -> LayeringRules.nothing_depends_on_the_composition_root.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ClockReadingController.class.getName())
                .hasMessageContaining(PlantedClockConfiguration.class.getName());
    }

    @Test
    void a_rule_that_finds_no_class_in_its_scope_fails_instead_of_passing() {
        JavaClasses noDomainClass = importClasses(PortCallingController.class);

        assertThatThrownBy(() -> LayeringRules.domain_depends_only_on_jdk_and_jmolecules.check(noDomainClass))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void a_context_using_another_contexts_service_class_breaks_the_module_structure() {
        ApplicationModules planted = ApplicationModules.of(PlantedApplication.class, location -> true);

        assertThat(planted.stream().map(module -> module.getName())).containsExactlyInAnyOrder("catalog", "servicecase");
        assertThatThrownBy(planted::verify)
                .isInstanceOf(Violations.class);

        Violations violations = planted.detectViolations();
        assertThat(violations.getMessages())
                .isNotEmpty()
                .allMatch(message -> message.contains("ItemLookupService"))
                .noneMatch(message -> message.contains("non-exposed type " + "org.openhall.planted.modulith.catalog.domain"))
                .noneMatch(message -> message.contains("non-exposed type "
                        + "org.openhall.planted.modulith.catalog.application.port.in"));
    }

    private static JavaClasses importClasses(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }
}
