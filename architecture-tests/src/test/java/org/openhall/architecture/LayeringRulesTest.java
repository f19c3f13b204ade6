package org.openhall.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.architecture.LayeringRules.AGGREGATE_ROOTS;
import static org.openhall.architecture.LayeringRules.APPLICATION_CLASSES;
import static org.openhall.architecture.LayeringRules.COMPOSITION_ROOT_CLASSES;
import static org.openhall.architecture.LayeringRules.DOMAIN_CLASSES;
import static org.openhall.architecture.LayeringRules.HEXAGONAL_STEREOTYPES;
import static org.openhall.architecture.LayeringRules.OPENHALL_CLASSES;
import static org.openhall.architecture.LayeringRules.PRIMARY_ADAPTER_CLASSES;
import static org.openhall.architecture.LayeringRules.SECONDARY_ADAPTER_CLASSES;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * Applies {@link LayeringRules} to the production classes. Before each rule runs, the test asserts that the
 * rule's scope holds classes (in every context where it should), so that a moved or renamed package makes the
 * build fail here rather than leave a rule checking nothing.
 */
class LayeringRulesTest {

    /** The contexts that exist from the first release on; each has a domain and an application layer. */
    private static final List<String> CONTEXTS = List.of("shared", "catalog", "network", "servicecase");

    private final JavaClasses production = ProductionClasses.get();

    @Test
    void the_checked_classes_are_production_classes_only() {
        assertThat(production.that(OPENHALL_CLASSES)).isNotEmpty();
        assertThat(production).noneMatch(type -> type.getPackageName().startsWith("org.openhall.planted"));
        assertThat(production).noneMatch(type -> type.getSimpleName().endsWith("Test"));
    }

    @Test
    void the_domain_depends_only_on_the_jdk_and_jmolecules() {
        assertEveryContextHasClassesIn("domain");
        LayeringRules.domain_depends_only_on_jdk_and_jmolecules.check(production);
    }

    @Test
    void the_application_layer_knows_no_adapter_web_jdbc_or_json_library() {
        assertEveryContextHasClassesIn("application");
        LayeringRules.application_does_not_depend_on_adapters_web_jdbc_or_jackson.check(production);
    }

    @Test
    void adapters_of_different_technologies_do_not_use_each_other() {
        DescribedPredicate<JavaClass> ofATechnology = DescribedPredicate.describe(
                "sit in a technology package", LayeringRules.AdapterTechnology::isAdapter);
        assertScopeIsNotEmpty(PRIMARY_ADAPTER_CLASSES.and(ofATechnology));
        assertScopeIsNotEmpty(SECONDARY_ADAPTER_CLASSES.and(ofATechnology));
        LayeringRules.adapters_do_not_depend_on_each_other.check(production);
    }

    @Test
    void controllers_use_primary_ports_only() {
        assertScopeIsNotEmpty(PRIMARY_ADAPTER_CLASSES);
        LayeringRules.controllers_call_primary_ports_only.check(production);
    }

    @Test
    void aggregates_reference_each_other_by_id() {
        assertScopeIsNotEmpty(AGGREGATE_ROOTS);
        LayeringRules.aggregates_reference_each_other_by_id.check(production);
    }

    @Test
    void ports_and_adapters_follow_their_hexagonal_stereotypes() {
        assertScopeIsNotEmpty(HEXAGONAL_STEREOTYPES);
        LayeringRules.ports_and_adapters_follow_their_hexagonal_stereotypes.check(production);
    }

    @Test
    void nothing_reads_the_wall_clock_outside_the_clock_provider() {
        assertScopeIsNotEmpty(DOMAIN_CLASSES);
        assertScopeIsNotEmpty(APPLICATION_CLASSES);
        LayeringRules.no_wall_clock_reads_outside_a_clock_provider.check(production);
    }

    @Test
    void nothing_depends_on_the_composition_root() {
        assertScopeIsNotEmpty(COMPOSITION_ROOT_CLASSES);
        LayeringRules.nothing_depends_on_the_composition_root.check(production);
    }

    @Test
    void domain_events_carry_no_personal_data() {
        assertScopeIsNotEmpty(LayeringRules.DOMAIN_EVENTS);
        LayeringRules.domain_events_carry_no_personal_data.check(production);
    }

    private void assertEveryContextHasClassesIn(String layer) {
        for (String context : CONTEXTS) {
            String packageName = "org.openhall." + context + "." + layer;
            assertThat(production.that(JavaClass.Predicates.resideInAPackage(packageName + "..")))
                    .as("classes in %s.. (a rule's scope must not be empty)", packageName)
                    .isNotEmpty();
        }
    }

    private void assertScopeIsNotEmpty(DescribedPredicate<? super JavaClass> scope) {
        assertThat(production.that(scope))
                .as("production classes that %s (a rule's scope must not be empty)", scope.getDescription())
                .isNotEmpty();
    }
}
