package org.openhall.network.application.port.in;

/**
 * A sign-in (or a change of credentials) was refused. Only {@link Reason#CREDENTIALS} is ever
 * given to somebody who has not proved the password: whether the user exists, is disabled or typed
 * a wrong password or code all look the same from outside.
 */
public final class SignInRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why; each has a stable problem code. */
    public enum Reason {
        /** Unknown user, disabled account, wrong password or wrong code. */
        CREDENTIALS("auth.unauthenticated"),
        /** Password right, but the code was already used once: wait for the next one. */
        CODE_ALREADY_USED("auth.code-already-used"),
        /** Password right, but no second factor is set up yet: enrol one first. */
        SECOND_FACTOR_NOT_ENROLLED("auth.second-factor-not-enrolled"),
        /** Password and code right, but the password has expired under the MLPS profile: change it first. */
        PASSWORD_EXPIRED("auth.password-expired");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public SignInRefused(Reason reason, String logMessage) {
        super(logMessage);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
