package org.openhall.network.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The list of passwords known from breaches and guessing lists (弱口令字典). */
@SecondaryPort
public interface BreachedPasswords {

    boolean contains(String password);
}
