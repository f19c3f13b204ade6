package org.openhall.disclosure.application.port.out;

import java.util.HashMap;
import java.util.Map;

/** Sequences in memory. */
public class InMemoryDisclosureSequence implements DisclosureSequence {

    private final Map<String, Long> last = new HashMap<>();

    @Override
    public synchronized long next(String key) {
        return last.merge(key, 1L, Long::sum);
    }
}
