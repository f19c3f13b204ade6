package org.openhall.network.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import org.openhall.network.application.port.in.SignInRefused;
import org.openhall.network.application.port.in.SignInRefused.Reason;
import org.openhall.network.application.port.in.SignInThrottled;
import org.openhall.network.application.port.out.PasswordHashing;
import org.openhall.network.application.port.out.SecondFactor;
import org.openhall.network.application.port.out.SecondFactorStore;
import org.openhall.network.application.port.out.SignInFailureStore;
import org.openhall.network.application.port.out.StaffAccountRepository;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.signin.SignInFailures;
import org.openhall.network.domain.signin.SignInThrottle;
import org.openhall.network.domain.signin.TimeBasedOneTimePassword;
import org.openhall.shared.domain.DomainProblem;

/**
 * The checks every proof of identity goes through — sign-in, enrolment, password change: the
 * throttle first, then the password, then the code, each failure counted. Not transactional on
 * purpose: a failure must stay counted although the caller's operation is refused.
 */
final class SignInGate {

    /** User names longer than any account's are cut before they are counted, so that the table stays bounded. */
    private static final int COUNTED_NAME_LENGTH = 64;

    private final StaffAccountRepository accounts;
    private final PasswordHashing hashing;
    private final SecondFactorStore factors;
    private final SignInFailureStore failures;
    private final SignInThrottle throttle;
    private final Clock clock;
    /** Checked against when the account does not exist, so that an unknown name takes as long as a wrong password. */
    private final String decoyHash;

    SignInGate(StaffAccountRepository accounts, PasswordHashing hashing, SecondFactorStore factors,
            SignInFailureStore failures, SignInThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.factors = factors;
        this.failures = failures;
        this.throttle = throttle;
        this.clock = clock;
        this.decoyHash = hashing.hash("decoy password that no account has");
    }

    /** The user name as it is counted. */
    static String counted(String username) {
        String name = username == null ? "" : username.strip();
        return name.length() > COUNTED_NAME_LENGTH ? name.substring(0, COUNTED_NAME_LENGTH) : name;
    }

    /** The enabled account whose password this is; throttled or refused otherwise. */
    StaffAccount passwordHolder(String username, String password, String source) {
        String name = counted(username);
        Instant now = clock.instant();
        Optional<java.time.Duration> wait = throttle.waitBefore(failures.of(name, source),
                failures.of(name, SignInFailureStore.WHOLE_ACCOUNT), now);
        if (wait.isPresent()) {
            throw new SignInThrottled(wait.get());
        }
        Optional<StaffAccount> account = find(name);
        String given = password == null ? "" : password;
        boolean matches = hashing.matches(given, account.map(StaffAccount::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !matches || !account.get().enabled()) {
            throw failed(name, source, "wrong user name, password or a disabled account");
        }
        return account.get();
    }

    /** Checks the code of the account's confirmed second factor and claims its step, so that it cannot be replayed. */
    void checkCode(StaffAccount account, String code, String source) {
        String name = account.username().value();
        SecondFactor factor = factors.of(name).filter(SecondFactor::confirmed)
                .orElseThrow(() -> new SignInRefused(Reason.SECOND_FACTOR_NOT_ENROLLED, name + " has no second factor"));
        checkCode(name, factor, code, source);
    }

    /** Checks {@code code} against {@code factor} (confirmed or not) and claims its step. */
    void checkCode(String name, SecondFactor factor, String code, String source) {
        OptionalLong step = TimeBasedOneTimePassword.STAFF.matchingStep(factor.secret(), code, clock.instant());
        if (step.isEmpty()) {
            throw failed(name, source, "wrong code");
        }
        if (!factors.claim(name, step.getAsLong())) {
            // Somebody presents a code that was seen before: the password may be known to them.
            failed(name, source, "replayed code");
            throw new SignInRefused(Reason.CODE_ALREADY_USED, "code of step " + step.getAsLong() + " used before");
        }
    }

    /** Forgets the failures of this account from this source and of the account as a whole. */
    void succeeded(StaffAccount account, String source) {
        String name = account.username().value();
        failures.clear(name, source);
        failures.clear(name, SignInFailureStore.WHOLE_ACCOUNT);
    }

    private SignInRefused failed(String name, String source, String why) {
        Instant now = clock.instant();
        failures.save(name, source, throttle.afterFailure(failures.of(name, source), now));
        SignInFailures whole = failures.of(name, SignInFailureStore.WHOLE_ACCOUNT);
        failures.save(name, SignInFailureStore.WHOLE_ACCOUNT, throttle.afterFailure(whole, now));
        return new SignInRefused(Reason.CREDENTIALS, why);
    }

    private Optional<StaffAccount> find(String name) {
        try {
            return accounts.findByUsername(new StaffUsername(name));
        } catch (DomainProblem malformed) {
            // A name that cannot exist is simply unknown: the answer must not tell the two apart.
            return Optional.empty();
        }
    }
}
