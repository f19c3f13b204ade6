package org.openhall.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.jmolecules.architecture.hexagonal.Application;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.event.types.DomainEvent;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The layering of the hexagon, as ArchUnit rules over the package shape {@code org.openhall.<context>.<layer>…}.
 *
 * <p>Package patterns start with {@code org.openhall..} rather than {@code org.openhall.*.} so that they also
 * match the planted violations under {@code org.openhall.planted.<context>.<layer>…}, which prove each rule
 * can fail. Each rule has a scope predicate next to it: the tests assert that the checked classes contain
 * classes in that scope, so that a renamed package turns a rule red instead of silently vacuous.
 */
final class LayeringRules {

    static final DescribedPredicate<JavaClass> OPENHALL_CLASSES = resideInAPackage("org.openhall..");
    static final DescribedPredicate<JavaClass> DOMAIN_CLASSES = resideInAPackage("org.openhall..domain..");
    static final DescribedPredicate<JavaClass> APPLICATION_CLASSES = resideInAPackage("org.openhall..application..");
    static final DescribedPredicate<JavaClass> PRIMARY_ADAPTER_CLASSES = resideInAPackage("org.openhall..adapter.in..");
    static final DescribedPredicate<JavaClass> SECONDARY_ADAPTER_CLASSES =
            resideInAPackage("org.openhall..adapter.out..");
    static final DescribedPredicate<JavaClass> COMPOSITION_ROOT_CLASSES =
            resideInAPackage("org.openhall..bootstrap..");
    static final DescribedPredicate<JavaClass> AGGREGATE_ROOTS = JavaClass.Predicates.assignableTo(AggregateRoot.class)
            .and(not(JavaClass.Predicates.INTERFACES));
    static final DescribedPredicate<JavaClass> HEXAGONAL_STEREOTYPES =
            DescribedPredicate.<JavaClass>describe("carry a jMolecules hexagonal stereotype",
                    type -> type.isAnnotatedWith(Application.class) || type.isAnnotatedWith(PrimaryPort.class)
                            || type.isAnnotatedWith(SecondaryPort.class));

    /**
     * The domain is plain Java: the JDK, jMolecules' stereotypes and other contexts' domain models. No
     * framework type may creep in, so the model can be read, tested and kept for decades without one.
     */
    static final ArchRule domain_depends_only_on_jdk_and_jmolecules = classes()
            .that(DOMAIN_CLASSES)
            .should().onlyDependOnClassesThat()
            // javax.crypto is the JDK's own cryptography (the HMAC of one-time passwords), no framework.
            .resideInAnyPackage("java..", "javax.crypto..", "org.jmolecules..", "org.openhall..domain..")
            .because("the domain model must not know any framework, transport or storage");

    /**
     * Use cases orchestrate the domain through ports; they know no adapter, no web, JDBC or JSON library, and of
     * Spring only the transaction annotations (their transaction boundaries), the Modulith events API (their
     * listeners to other contexts' events) and {@code @EventListener} (a listener that runs in the transaction of
     * the change it follows, such as the supervision projection).
     */
    static final ArchRule application_does_not_depend_on_adapters_web_jdbc_or_jackson = noClasses()
            .that(APPLICATION_CLASSES)
            .should().dependOnClassesThat(resideInAnyPackage(
                    "org.openhall..adapter..",
                    "org.springframework.web..", "org.springframework.jdbc..", "org.springframework.data..",
                    "java.sql..", "javax.sql..",
                    "com.fasterxml.jackson..", "tools.jackson..",
                    "jakarta.servlet..")
                    .or(resideInAPackage("org.springframework..")
                            .and(not(resideInAnyPackage("org.springframework.transaction..",
                                    "org.springframework.modulith.events..")))
                            .and(not(HasName.Predicates.name("org.springframework.context.event.EventListener"))))
                    .as("are adapters, web, JDBC, Spring Data, JSON or servlet types, or Spring types other than "
                            + "org.springframework.transaction.., the Modulith events API and @EventListener"))
            .because("use cases reach the outside world only through their ports");

    /**
     * An adapter of one technology never uses another technology's adapter (the web adapter does not read
     * the database, the persistence adapter does not build HTTP answers): each one talks to the core through
     * its ports only, so that a county can replace one without touching the other. Adapters of the same
     * direction and technology in different contexts may share code; Spring Modulith governs that.
     */
    static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .assignedFrom(new AdapterTechnology())
            .should().notDependOnEachOther()
            .because("adapters talk to each other only through the application core");

    /**
     * Driving adapters enter the core through primary ports (use cases, queries). Calling a service class
     * directly would bypass the port contract; touching a secondary port would bypass the use case.
     */
    static final ArchRule controllers_call_primary_ports_only = noClasses()
            .that(PRIMARY_ADAPTER_CLASSES)
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.openhall..application.service..", "org.openhall..application.port.out..")
            .because("driving adapters use the application through its primary ports (application.port.in)");

    /**
     * jMolecules' DDD rules: an aggregate refers to another aggregate by its identifier (or an
     * {@code Association}), never by holding it; entities belong to the aggregate they are declared for;
     * annotated aggregates have an identity; value objects and identifiers hold no identifiables.
     */
    static final ArchRule aggregates_reference_each_other_by_id = JMoleculesDddRules.all();

    /**
     * jMolecules' hexagonal rules over the stereotypes the code declares ({@code @Application},
     * {@code @PrimaryPort}, {@code @SecondaryPort}, and {@code @PrimaryAdapter}/{@code @SecondaryAdapter} where
     * adapters carry them): the application core reaches adapters only through ports.
     */
    static final ArchRule ports_and_adapters_follow_their_hexagonal_stereotypes =
            JMoleculesArchitectureRules.ensureHexagonal();

    /**
     * Time comes from the injected {@link Clock}: deadlines, working-day counts and audit stamps must be
     * reproducible in tests and in replays. The only place that may create the system clock is the
     * {@code @Bean} method of the composition root that declares that {@code Clock}.
     */
    static final ArchRule no_wall_clock_reads_outside_a_clock_provider = noClasses()
            .that(OPENHALL_CLASSES)
            .should().accessTargetWhere(WallClockRead.READS_THE_WALL_CLOCK.and(not(WallClockRead.FROM_THE_CLOCK_BEAN)))
            .because("time comes from the injected java.time.Clock (use LocalDate.now(clock), clock.instant())");

    /**
     * The composition root wires the contexts; nothing in a context may reach back into it (its configuration
     * classes, the database it starts), or the contexts could no longer be wired differently, e.g. in tests.
     */
    static final ArchRule nothing_depends_on_the_composition_root = noClasses()
            .that(OPENHALL_CLASSES.and(not(COMPOSITION_ROOT_CLASSES)).and(not(resideInAPackage("org.openhall"))))
            .should().dependOnClassesThat(COMPOSITION_ROOT_CLASSES)
            .because("the composition root depends on the contexts, never the other way round");

    static final DescribedPredicate<JavaClass> DOMAIN_EVENTS = JavaClass.Predicates.assignableTo(DomainEvent.class)
            .and(not(JavaClass.Predicates.INTERFACES));

    /**
     * Domain events carry no personal data (个人信息): Spring Modulith's publication registry stores every
     * event as JSON text, so a phone or ID number in one would lie in the database in clear, outside the
     * sealed columns. A subscriber that needs a contact asks the owning context for it by id.
     */
    static final ArchRule domain_events_carry_no_personal_data = noFields()
            .that().areDeclaredInClassesThat(DOMAIN_EVENTS)
            .should().haveNameMatching("(?i).*(phone|mobile|idnumber|identitynumber).*")
            .orShould().haveRawType("org.openhall.shared.domain.identity.PhoneNumber")
            .orShould().haveRawType("org.openhall.shared.domain.identity.ResidentIdNumber")
            .because("the event publication registry stores events in clear; ask the owning context by id");

    private LayeringRules() {
    }

    /** Puts each adapter class into the slice of its direction and technology, e.g. {@code in.web}. */
    static final class AdapterTechnology implements SliceAssignment {

        private static final Pattern ADAPTER_PACKAGE =
                Pattern.compile("^org\\.openhall\\.(?:.+\\.)?adapter\\.(in|out)\\.([^.]+)(?:\\..*)?$");

        static boolean isAdapter(JavaClass type) {
            return ADAPTER_PACKAGE.matcher(type.getPackageName()).matches();
        }

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            Matcher matcher = ADAPTER_PACKAGE.matcher(type.getPackageName());
            return matcher.matches()
                    ? SliceIdentifier.of("adapter." + matcher.group(1) + "." + matcher.group(2))
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "adapters by direction and technology (org.openhall..adapter.<in|out>.<technology>..)";
        }
    }

    /** The accesses that read the system clock instead of an injected one. */
    static final class WallClockRead {

        private static final Set<String> TIME_PACKAGES = Set.of("java.time", "java.time.chrono");
        private static final Set<String> SYSTEM_CLOCK_FACTORIES = Set.of("systemDefaultZone", "systemUTC", "system");

        static final DescribedPredicate<JavaAccess<?>> READS_THE_WALL_CLOCK = DescribedPredicate.describe(
                "reads the system clock (now() or now(ZoneId) of java.time, Clock.system*(), InstantSource.system(),"
                        + " System.currentTimeMillis(), new Date(), Calendar.getInstance())",
                WallClockRead::readsTheWallClock);

        static final DescribedPredicate<JavaAccess<?>> FROM_THE_CLOCK_BEAN = DescribedPredicate.describe(
                "is made in the @Bean method of the composition root that declares the java.time.Clock",
                access -> isClockBeanMethod(access.getOrigin()));

        private WallClockRead() {
        }

        private static boolean readsTheWallClock(JavaAccess<?> access) {
            if (!(access.getTarget() instanceof CodeUnitAccessTarget target)) {
                return false;
            }
            JavaClass owner = target.getOwner();
            String name = target.getName();
            List<JavaClass> parameters = target.getRawParameterTypes();
            if (TIME_PACKAGES.contains(owner.getPackageName()) && name.equals("now")) {
                return !(parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class));
            }
            if (owner.isEquivalentTo(Clock.class) || owner.isEquivalentTo(java.time.InstantSource.class)) {
                return SYSTEM_CLOCK_FACTORIES.contains(name);
            }
            if (owner.isEquivalentTo(System.class)) {
                return name.equals("currentTimeMillis");
            }
            if (owner.isEquivalentTo(java.util.Date.class)) {
                return name.equals(JavaConstructor.CONSTRUCTOR_NAME) && parameters.isEmpty();
            }
            if (owner.isAssignableTo(java.util.Calendar.class)) {
                return name.equals("getInstance");
            }
            return false;
        }

        private static boolean isClockBeanMethod(JavaCodeUnit origin) {
            return origin instanceof JavaMethod method
                    && method.getOwner().getPackageName().matches("^org\\.openhall\\.(?:.+\\.)?bootstrap(?:\\..*)?$")
                    && method.isAnnotatedWith("org.springframework.context.annotation.Bean")
                    && method.getRawReturnType().isEquivalentTo(Clock.class);
        }
    }
}
