package org.openhall.disclosure.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Hands out numbers that never repeat per key, across restarts and instances: request numbers, index numbers. */
@SecondaryPort
public interface DisclosureSequence {

    /** The next number for {@code key}: 1 for the first call. */
    long next(String key);
}
