package org.openhall.network.application.port.out;

import org.openhall.network.domain.signin.TotpSecret;

/** A stored second factor: the secret, and whether its holder confirmed it with a code. */
public record SecondFactor(TotpSecret secret, boolean confirmed) {
}
