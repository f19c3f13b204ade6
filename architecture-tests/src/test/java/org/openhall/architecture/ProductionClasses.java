package org.openhall.architecture;

import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The classes that ship: {@code org.openhall} from the main jars (or {@code target/classes} in an IDE), without
 * test classes, test-jars ({@code *-tests.jar}, e.g. calendar fixtures) or the planted violations of this module.
 */
final class ProductionClasses {

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");
    private static final ImportOption DO_NOT_INCLUDE_TESTS = new ImportOption.DoNotIncludeTests();

    /** Also handed to Spring Modulith, so that the module model sees exactly what the layering rules see. */
    static final ImportOption ONLY_PRODUCTION_CODE = location -> DO_NOT_INCLUDE_TESTS.includes(location)
            && !location.matches(TEST_JAR)
            && !location.contains("/org/openhall/planted/");

    private static final JavaClasses CLASSES =
            new ClassFileImporter().withImportOption(ONLY_PRODUCTION_CODE).importPackages("org.openhall");

    private ProductionClasses() {
    }

    static JavaClasses get() {
        return CLASSES;
    }
}
