package org.openhall.bootstrap.modulith;

import java.util.stream.Stream;

import org.springframework.modulith.core.ApplicationModuleDetectionStrategy;
import org.springframework.modulith.core.ApplicationModuleInformation;
import org.springframework.modulith.core.JavaPackage;
import org.springframework.modulith.core.NamedInterfaces;

/**
 * Tells Spring Modulith where the bounded contexts (限界上下文) are and what each one shows the others.
 *
 * <p>Every direct sub-package of the root ({@code org.openhall.<context>}) is one application module, its
 * classes spread over the domain, application and adapter jars. The composition root
 * ({@code org.openhall.bootstrap}) is no module: it wires every context and so must see all of them.
 *
 * <p>A context's public API is its domain model ({@code domain} and every package below it) and its primary
 * ports ({@code application.port.in} and below). Services, secondary ports and adapters are internal: another
 * context that reached them would bypass the use cases and their transactions, or couple itself to this
 * context's storage and transport. The shared kernel ({@code shared}) is open to everybody as a whole.
 *
 * <p>Registered through {@code spring.modulith.detection-strategy} in {@code application.properties}, so the
 * running application, the module tests and the documentation all see the same modules.
 */
public class ContextModuleDetection implements ApplicationModuleDetectionStrategy {

    static final String COMPOSITION_ROOT = "bootstrap";
    static final String SHARED_KERNEL = "shared";

    @Override
    public Stream<JavaPackage> getModuleBasePackages(JavaPackage rootPackage) {
        return rootPackage.getDirectSubPackages().stream()
                .filter(candidate -> !COMPOSITION_ROOT.equals(candidate.getLocalName()));
    }

    @Override
    public NamedInterfaces detectNamedInterfaces(JavaPackage basePackage, ApplicationModuleInformation information) {
        if (SHARED_KERNEL.equals(basePackage.getLocalName()) || information.isOpen()) {
            return NamedInterfaces.forOpen(basePackage);
        }
        return NamedInterfaces.builder(basePackage)
                .recursive()
                .including(candidate -> isPublicApi(basePackage.getTrailingName(candidate)))
                .build();
    }

    /** Decides on the package name below the context, e.g. {@code domain.event} or {@code application.port.in}. */
    static boolean isPublicApi(String trailingName) {
        return isOrIsBelow(trailingName, "domain") || isOrIsBelow(trailingName, "application.port.in");
    }

    private static boolean isOrIsBelow(String trailingName, String apiPackage) {
        return trailingName.equals(apiPackage) || trailingName.startsWith(apiPackage + ".");
    }
}
