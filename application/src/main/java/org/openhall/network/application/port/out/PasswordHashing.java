package org.openhall.network.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** One-way password hashing (口令加密存储), e.g. bcrypt; the hash names its algorithm. */
@SecondaryPort
public interface PasswordHashing {

    String hash(String password);

    boolean matches(String password, String hash);
}
