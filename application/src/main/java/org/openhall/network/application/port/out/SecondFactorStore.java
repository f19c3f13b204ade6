package org.openhall.network.application.port.out;

import java.time.Instant;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.network.domain.signin.TotpSecret;

/** Where the staff members' second factors and the codes already used are kept. */
@SecondaryPort
public interface SecondFactorStore {

    Optional<SecondFactor> of(String username);

    /** Stores a new, unconfirmed secret for the account, replacing an unconfirmed one. */
    void enrol(String username, TotpSecret secret);

    /** Removes the account's second factor: it must enrol a new one. */
    void remove(String username);

    /** Marks the account's secret as confirmed. */
    void confirm(String username, Instant at);

    /**
     * Records that the code of {@code step} was used; {@code false} when it had been used before
     * (a replay). Atomic: of two concurrent uses of one code only one succeeds.
     */
    boolean claim(String username, long step);
}
