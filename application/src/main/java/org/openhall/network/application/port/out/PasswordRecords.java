package org.openhall.network.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** When a password was last changed, the hashes of earlier ones, and replacing it. */
@SecondaryPort
public interface PasswordRecords {

    Optional<Instant> changedAt(String username);

    /** The hashes of the {@code count} passwords before the current one, newest first. */
    List<String> previousHashes(String username, int count);

    /** Stores {@code newHash} as the password, keeping the current one in the history. */
    void replace(String username, String newHash, Instant at);
}
