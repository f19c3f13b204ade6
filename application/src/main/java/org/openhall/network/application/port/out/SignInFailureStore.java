package org.openhall.network.application.port.out;

import java.time.Instant;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.network.domain.signin.SignInFailures;

/**
 * The failed sign-ins counted per (user name, source address) and per user name alone (source
 * {@link #WHOLE_ACCOUNT}). User names are counted as typed, known or not, so that the answers do
 * not tell which accounts exist.
 */
@SecondaryPort
public interface SignInFailureStore {

    /** The source under which the failures of an account from every address are counted. */
    String WHOLE_ACCOUNT = "*";

    SignInFailures of(String username, String source);

    void save(String username, String source, SignInFailures failures);

    void clear(String username, String source);

    /** Forgets every failure counted against {@code username}, from every source: an administrator unlocked it. */
    void clearAllOf(String username);

    /** Deletes every count whose last failure was at or before {@code cutoff}; answers how many. */
    int deleteLastFailedBefore(Instant cutoff);
}
