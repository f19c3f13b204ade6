package org.openhall.shared.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openhall.servicecase.domain.CaseAction;
import org.openhall.shared.domain.DomainProblem;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every problem code the application can raise has a text in English and in Chinese, so that no
 * clerk is ever shown a bare code or an English sentence the centre did not write.
 *
 * <p>The codes are read from the main sources of the domain and the application — the literal
 * that each problem class hands to {@code super(…)} or to its own constructor, its {@code CODE}
 * constant, and for codes built at run time such as {@code <resource>.not-found} the family's
 * last word, whose text then explains them all — and every problem class found on the class path
 * must have contributed at least one, so that a problem whose code is built in some other way
 * fails this test instead of slipping past it. As when answering, a code may be explained by its
 * own text or by the text of its last word.
 */
class MessageBundlesTest {

    private static final String CODE = "[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)*";
    private static final Pattern SUPER_CODE = Pattern.compile("super\\(\\s*\"(" + CODE + ")\"");
    private static final Pattern CONSTANT_CODE = Pattern.compile("\\bCODE\\s*=\\s*\"(" + CODE + ")\"");
    private static final Pattern FACTORY_CODE = Pattern.compile("new\\s+(\\w+)\\(\\s*\"(" + CODE + ")\"");
    /** A code built at run time, e.g. {@code super(resource + ".not-found", …)}: its last word is the family. */
    private static final Pattern FAMILY_CODE = Pattern.compile("super\\(\\s*\\w+\\s*\\+\\s*\"\\.(" + CODE + ")\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private final Properties english = bundle("i18n/messages.properties");
    private final Properties chinese = bundle("i18n/messages_zh_CN.properties");

    @Test
    void everyProblemCodeOfTheDomainAndTheApplicationHasAnEnglishAndAChineseText() throws IOException {
        Map<String, Set<String>> codesByClass = problemCodesInSources();

        assertThat(codesByClass).as("problem classes found in the sources").isNotEmpty();
        Set<String> codes = codesByClass.values().stream().flatMap(Set::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(codes).as("codes of the case context and the shared kernel")
                .contains("case.not-in-expected-state", "access.outside-department", "value.invalid", "not-found");
        for (String code : codes) {
            assertThat(explains(english, code)).as("English text for %s", code).isTrue();
            assertThat(explains(chinese, code)).as("Chinese text for %s", code).isTrue();
        }
    }

    @Test
    void everyStepOfACaseHasWordsThePublicTrackingPageCanShow() {
        for (CaseAction action : CaseAction.values()) {
            assertThat(english.getProperty("action." + action.name())).as("English words for %s", action).isNotBlank();
            assertThat(chinese.getProperty("action." + action.name())).as("Chinese words for %s", action).isNotBlank();
        }
    }

    @Test
    void everyProblemClassOnTheClassPathHasACodeTheSourceScanFound() throws IOException {
        Map<String, Set<String>> codesByClass = problemCodesInSources();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(DomainProblem.class));
        Set<String> problemClasses = scanner.findCandidateComponents("org.openhall").stream()
                .map(BeanDefinition::getBeanClassName).filter(name -> !name.contains("Test"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(problemClasses).as("problem classes on the class path").isNotEmpty();
        assertThat(codesByClass.keySet()).as("problem classes whose codes were found in the sources")
                .containsAll(problemClasses.stream().map(MessageBundlesTest::simpleName).toList());
    }

    @Test
    void everyCodeOfTheWebLayerHasAnEnglishAndAChineseText() {
        Set<String> codes = Arrays.stream(WebProblemCode.values()).map(WebProblemCode::code)
                .collect(Collectors.toSet());

        assertThat(english.stringPropertyNames()).containsAll(codes);
        assertThat(chinese.stringPropertyNames()).containsAll(codes);
    }

    @Test
    void bothLanguagesHaveTheSameTextsWithTheSamePlaceholders() {
        assertThat(new TreeSet<>(chinese.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(chinese.getProperty(key))).as("placeholders of %s", key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void theChineseTextsAreChinese() {
        for (String key : chinese.stringPropertyNames()) {
            String text = chinese.getProperty(key);
            boolean hasHan = text.codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            assertThat(hasHan).as("zh-CN text of %s: %s", key, text).isTrue();
        }
    }

    /** Problem class simple name → the codes its source file hands out. */
    private static Map<String, Set<String>> problemCodesInSources() throws IOException {
        Path root = repositoryRoot();
        Map<String, Set<String>> codes = new TreeMap<>();
        for (String module : new String[] { "domain", "application" }) {
            Path sources = root.resolve(module).resolve("src/main/java");
            assertThat(sources).as("main sources of %s", module).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    String className = file.getFileName().toString().replace(".java", "");
                    if (!source.contains("extends DomainProblem")) {
                        continue;
                    }
                    Set<String> found = codes.computeIfAbsent(className, k -> new TreeSet<>());
                    collect(SUPER_CODE.matcher(source), 1, found);
                    collect(CONSTANT_CODE.matcher(source), 1, found);
                    collect(FAMILY_CODE.matcher(source), 1, found);
                    Matcher factory = FACTORY_CODE.matcher(source);
                    while (factory.find()) {
                        if (factory.group(1).equals(className)) {
                            found.add(factory.group(2));
                        }
                    }
                    if (found.isEmpty()) {
                        codes.remove(className);
                    }
                }
            }
        }
        return codes;
    }

    private static boolean explains(Properties bundle, String code) {
        return bundle.containsKey(code) || bundle.containsKey(code.substring(code.lastIndexOf('.') + 1));
    }

    private static void collect(Matcher matcher, int group, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(group));
        }
    }

    /** The folder of the root pom: tests run in the module's folder, two levels below. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("domain/src/main/java"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root above %s", Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }

    private static String simpleName(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        return simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        collect(PLACEHOLDER.matcher(text), 1, names);
        return names;
    }

    private static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
        return properties;
    }
}
