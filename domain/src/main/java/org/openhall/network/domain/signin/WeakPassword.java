package org.openhall.network.domain.signin;

import java.util.List;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** The new password does not meet the installation's password profile (口令不符合策略). */
public final class WeakPassword extends DomainProblem {

    public WeakPassword(PasswordProfile profile, List<String> reasons) {
        super("password.weak", ProblemKind.UNPROCESSABLE,
                "The new password does not meet the " + profile + " profile: " + reasons,
                Map.of("profile", profile.name(), "reasons", String.join(", ", reasons),
                        "minimumLength", profile.minimumLength()));
    }
}
