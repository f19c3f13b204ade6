package org.openhall.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openhall.OpenHallApplication;
import org.openhall.catalog.application.port.in.ApprovalItemLookup;
import org.openhall.catalog.application.port.out.ApprovalItemRepository;
import org.openhall.catalog.application.service.CatalogService;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.servicecase.domain.event.CaseSubmitted;
import org.openhall.shared.application.service.CalendarService;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClass;

/**
 * The bounded contexts as Spring Modulith sees them (detected by the composition root's module detection):
 * one module per context, spanning the layer jars, no access to another context's internals, no cycles.
 * Also writes the module documentation into {@code docs/modules} of the repository.
 */
class ModularityTest {

    private static final ApplicationModules MODULES =
            ApplicationModules.of(OpenHallApplication.class, ProductionClasses.ONLY_PRODUCTION_CODE);

    @Test
    void contexts_use_only_each_others_published_api_and_form_no_cycle() {
        MODULES.verify();
    }

    @Test
    void every_bounded_context_is_a_module_and_the_composition_root_is_none() {
        Set<String> names = MODULES.stream().map(ApplicationModule::getName).collect(Collectors.toSet());

        assertThat(names).contains("shared", "catalog", "network", "servicecase").doesNotContain("bootstrap");
        assertThat(MODULES.getSharedModules()).extracting(ApplicationModule::getName).containsExactly("shared");
    }

    @Test
    void each_module_spans_the_domain_and_the_application_jar() {
        for (String name : Set.of("shared", "catalog", "network", "servicecase")) {
            ApplicationModule module = MODULES.getModuleByName(name).orElseThrow();
            Set<String> origins = module.getBasePackage().stream()
                    .map(ModularityTest::originOf)
                    .collect(Collectors.toCollection(TreeSet::new));

            assertThat(origins).as("where the classes of module %s come from", name)
                    .hasSizeGreaterThan(1)
                    .anyMatch(origin -> origin.contains("domain"))
                    .anyMatch(origin -> origin.contains("application"));
        }
    }

    @Test
    void a_context_publishes_its_domain_and_primary_ports_and_hides_services_and_secondary_ports() {
        ApplicationModule catalog = MODULES.getModuleByName("catalog").orElseThrow();

        assertThat(catalog.getNamedInterfaces().stream().filter(NamedInterface::isNamed).map(NamedInterface::getName))
                .contains("domain", "application.port.in")
                .allMatch(name -> name.startsWith("domain") || name.startsWith("application.port.in"));
        assertThat(catalog.isExposed(ApprovalItem.class)).isTrue();
        assertThat(catalog.isExposed(ApprovalItemLookup.class)).isTrue();
        assertThat(catalog.isExposed(CatalogService.class)).isFalse();
        assertThat(catalog.isExposed(ApprovalItemRepository.class)).isFalse();

        ApplicationModule servicecase = MODULES.getModuleByName("servicecase").orElseThrow();
        assertThat(servicecase.isExposed(CaseSubmitted.class)).as("domain sub-packages are published too").isTrue();
    }

    @Test
    void the_shared_kernel_is_open_to_every_context() {
        ApplicationModule shared = MODULES.getModuleByName("shared").orElseThrow();

        assertThat(shared.isExposed(CalendarService.class)).isTrue();
    }

    @Test
    void writes_the_module_documentation_into_docs_modules() throws IOException {
        Path folder = RepositoryRoot.path().resolve(Path.of("docs", "modules"));

        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeDocumentation(
                        Documenter.DiagramOptions.defaults().withStyle(Documenter.DiagramOptions.DiagramStyle.UML),
                        Documenter.CanvasOptions.defaults());

        try (Stream<Path> files = Files.list(folder)) {
            List<Path> written = files.toList();
            assertThat(written).map(file -> file.getFileName().toString())
                    .contains("components.puml", "module-catalog.puml", "module-servicecase.adoc", "all-docs.adoc");
            for (Path file : written) {
                if (file.getFileName().toString().endsWith(".puml")) {
                    sortRelationships(file);
                }
            }
        }
    }

    /**
     * The documenter lists a diagram's arrows in no fixed order; sorting them in place keeps the committed
     * diagrams unchanged from one build to the next while the modules stay the same.
     */
    private static void sortRelationships(Path diagram) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(diagram, StandardCharsets.UTF_8));
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(" --> ")) {
                positions.add(i);
            }
        }
        List<String> relationships = positions.stream().map(lines::get).sorted().toList();
        for (int i = 0; i < positions.size(); i++) {
            lines.set(positions.get(i), relationships.get(i));
        }
        Files.write(diagram, lines, StandardCharsets.UTF_8);
    }

    /** The jar (without version) or the module's class folder a class was loaded from. */
    private static String originOf(JavaClass type) {
        URI uri = type.getSource().orElseThrow().getUri();
        String location = uri.toString();
        int inJar = location.indexOf(".jar!/");
        if (inJar >= 0) {
            String jar = location.substring(location.lastIndexOf('/', inJar) + 1, inJar);
            return jar.replaceFirst("-\\d.*$", "");
        }
        int classes = location.indexOf("/target/classes/");
        String moduleDirectory = classes >= 0 ? location.substring(0, classes) : location;
        return moduleDirectory.substring(moduleDirectory.lastIndexOf('/') + 1);
    }
}
