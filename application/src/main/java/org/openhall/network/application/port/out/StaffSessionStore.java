package org.openhall.network.application.port.out;

import java.time.Instant;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where signed-in sessions are kept, by the SHA-256 hash of their token only. */
@SecondaryPort
public interface StaffSessionStore {

    void open(byte[] tokenHash, String username, Instant signedInAt);

    /**
     * The user name of the session, if it was last seen after {@code idleCutoff} and opened after
     * {@code absoluteCutoff}; it is then marked as seen at {@code now}.
     */
    Optional<String> touch(byte[] tokenHash, Instant now, Instant idleCutoff, Instant absoluteCutoff);

    void close(byte[] tokenHash);

    void closeAllOf(String username);

    /**
     * Deletes every session that {@link #touch} would no longer find: last seen at or before
     * {@code idleCutoff}, or opened at or before {@code absoluteCutoff}; answers how many.
     */
    int deleteExpired(Instant idleCutoff, Instant absoluteCutoff);
}
