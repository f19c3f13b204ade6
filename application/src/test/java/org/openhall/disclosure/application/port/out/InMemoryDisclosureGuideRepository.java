package org.openhall.disclosure.application.port.out;

import java.util.Optional;

import org.openhall.disclosure.domain.catalog.DisclosureGuide;

/** The disclosure guide in memory. */
public class InMemoryDisclosureGuideRepository implements DisclosureGuideRepository {

    private DisclosureGuide guide;

    @Override
    public synchronized Optional<DisclosureGuide> current() {
        return Optional.ofNullable(guide);
    }

    @Override
    public synchronized void replace(DisclosureGuide guide) {
        this.guide = guide;
    }
}
