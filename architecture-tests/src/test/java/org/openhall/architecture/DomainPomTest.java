package org.openhall.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The domain's purity is enforced by its build before any test runs: only jMolecules on its compile class
 * path, and the enforcer banning frameworks. These checks keep that guard itself from being dropped.
 */
class DomainPomTest {

    private final Element project = parse(RepositoryRoot.path().resolve(Path.of("domain", "pom.xml")));
    private final Element parent = parse(RepositoryRoot.path().resolve(Path.of("pom.xml")));

    @Test
    void the_domain_declares_only_jmolecules_outside_the_test_scope() {
        List<Element> dependencies = children(child(project, "dependencies"), "dependency");

        assertThat(dependencies).isNotEmpty();
        assertThat(dependencies)
                .filteredOn(dependency -> !"test".equals(text(dependency, "scope")))
                .isNotEmpty()
                .allSatisfy(dependency -> assertThat(text(dependency, "groupId"))
                        .as("%s:%s", text(dependency, "groupId"), text(dependency, "artifactId"))
                        .isEqualTo("org.jmolecules"));
    }

    @Test
    void the_domain_build_still_bans_framework_dependencies() {
        // The ban is declared once in the parent and switched on by the domain alone.
        assertThat(text(child(project, "properties"), "openhall.pure-domain.skip")).isEqualTo("false");
        assertThat(text(child(parent, "properties"), "openhall.pure-domain.skip")).isEqualTo("true");
        Element enforcer = children(child(child(parent, "build"), "plugins"), "plugin").stream()
                .filter(plugin -> "maven-enforcer-plugin".equals(text(plugin, "artifactId")))
                .findFirst().orElseThrow(() -> new AssertionError("pom.xml lost its maven-enforcer-plugin"));
        Element pureDomain = children(child(enforcer, "executions"), "execution").stream()
                .filter(execution -> "pure-domain".equals(text(execution, "id")))
                .findFirst().orElseThrow(() -> new AssertionError("pom.xml lost the pure-domain enforcer execution"));
        Element configuration = child(pureDomain, "configuration");
        assertThat(text(configuration, "skip")).isEqualTo("${openhall.pure-domain.skip}");
        List<String> banned = new ArrayList<>();
        children(child(child(child(configuration, "rules"), "bannedDependencies"), "excludes"), "exclude")
                .forEach(e -> banned.add(e.getTextContent()));

        assertThat(banned).contains("org.springframework*", "jakarta.*", "javax.*", "com.fasterxml.jackson*",
                "tools.jackson*", "org.postgresql", "org.hibernate*");
    }

    private static Element parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(Files.newInputStream(pom));
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().trim();
    }
}
