package org.openhall.disclosure.application.port.out;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.disclosure.domain.catalog.DisclosureGuide;

/** Where the current disclosure guide is kept: one per installation, replaced as a whole. */
@SecondaryPort
public interface DisclosureGuideRepository {

    Optional<DisclosureGuide> current();

    void replace(DisclosureGuide guide);
}
