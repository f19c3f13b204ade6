package org.openhall.network.domain.signin;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** The new password is the current one or one of the last ones the profile remembers (口令重复使用). */
public final class PasswordReused extends DomainProblem {

    public PasswordReused(int remembered) {
        super("password.reused", ProblemKind.UNPROCESSABLE,
                "The new password is one of the last " + remembered + " passwords",
                Map.of("remembered", remembered));
    }
}
