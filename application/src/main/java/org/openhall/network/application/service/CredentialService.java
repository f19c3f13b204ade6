package org.openhall.network.application.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.network.application.port.in.ChangePasswordCommand;
import org.openhall.network.application.port.in.ChangePasswordUseCase;
import org.openhall.network.application.port.in.Enrolment;
import org.openhall.network.application.port.in.ProvisionSecondFactorUseCase;
import org.openhall.network.application.port.in.ResetSecondFactorUseCase;
import org.openhall.network.application.port.in.SecondFactorResetNotAllowed;
import org.openhall.network.application.port.in.StaffAccountNotFound;
import org.openhall.network.application.port.in.SecondFactorAlreadyEnrolled;
import org.openhall.network.application.port.in.SecondFactorEnrolmentUseCase;
import org.openhall.network.application.port.in.SignInRefused;
import org.openhall.network.application.port.in.SignInRefused.Reason;
import org.openhall.network.application.port.out.BreachedPasswords;
import org.openhall.network.application.port.out.PasswordHashing;
import org.openhall.network.application.port.out.PasswordRecords;
import org.openhall.network.application.port.out.SecondFactor;
import org.openhall.network.application.port.out.SecondFactorStore;
import org.openhall.network.application.port.out.SignInFailureStore;
import org.openhall.network.application.port.out.StaffAccountRepository;
import org.openhall.network.application.port.out.StaffSessionStore;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.openhall.network.domain.signin.PasswordProfile;
import org.openhall.network.domain.signin.PasswordReused;
import org.openhall.network.domain.signin.TotpSecret;
import org.openhall.network.domain.signin.WeakPassword;

/** A staff member's own credentials: setting up the second factor, changing the password. */
@Application
public class CredentialService
        implements SecondFactorEnrolmentUseCase, ChangePasswordUseCase, ProvisionSecondFactorUseCase,
        ResetSecondFactorUseCase {

    /** 160 bits, the HMAC-SHA-1 block that RFC 4226 recommends and authenticator apps expect. */
    private static final int SECRET_BYTES = 20;

    private final SignInGate gate;
    private final StaffAccountRepository accounts;
    private final SecondFactorStore factors;
    private final PasswordHashing hashing;
    private final PasswordRecords passwords;
    private final BreachedPasswords breached;
    private final StaffSessionStore sessions;
    private final PasswordProfile profile;
    private final String issuer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CredentialService(StaffAccountRepository accounts, PasswordHashing hashing, SecondFactorStore factors,
            SignInFailureStore failures, StaffSessionStore sessions, PasswordRecords passwords,
            BreachedPasswords breached, SignInSettings settings, Clock clock) {
        this.gate = new SignInGate(accounts, hashing, factors, failures, settings.throttle(), clock);
        this.accounts = accounts;
        this.factors = factors;
        this.hashing = hashing;
        this.passwords = passwords;
        this.breached = breached;
        this.sessions = sessions;
        this.profile = settings.profile();
        this.issuer = settings.issuer();
        this.clock = clock;
    }

    @Override
    public Enrolment begin(String username, String password, String source) {
        StaffAccount account = gate.passwordHolder(username, password, source);
        String name = account.username().value();
        if (factors.of(name).filter(SecondFactor::confirmed).isPresent()) {
            throw new SecondFactorAlreadyEnrolled();
        }
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        TotpSecret secret = TotpSecret.ofBytes(key);
        factors.enrol(name, secret);
        // Key URI format of the authenticator apps: otpauth://totp/Issuer:account?secret=…&issuer=…
        String label = encode(issuer) + ":" + encode(name);
        String uri = "otpauth://totp/" + label + "?secret=" + secret.base32() + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=30";
        return new Enrolment(uri, secret.base32());
    }

    @Override
    public void confirm(String username, String password, String code, String source) {
        StaffAccount account = gate.passwordHolder(username, password, source);
        String name = account.username().value();
        SecondFactor factor = factors.of(name).orElseThrow(
                () -> new SignInRefused(Reason.SECOND_FACTOR_NOT_ENROLLED, name + " has not begun an enrolment"));
        if (factor.confirmed()) {
            throw new SecondFactorAlreadyEnrolled();
        }
        gate.checkCode(name, factor, code, source);
        factors.confirm(name, clock.instant());
        gate.succeeded(account, source);
    }

    @Override
    public void change(ChangePasswordCommand command) {
        StaffAccount account = gate.passwordHolder(command.username(), command.currentPassword(), command.source());
        gate.checkCode(account, command.code(), command.source());
        gate.succeeded(account, command.source());
        String name = account.username().value();
        List<String> reasons = profile.violations(command.newPassword(), name, breached::contains);
        if (!reasons.isEmpty()) {
            throw new WeakPassword(profile, reasons);
        }
        // The current password is never acceptable again; the profile may remember more.
        if (hashing.matches(command.newPassword(), account.passwordHash())
                || passwords.previousHashes(name, Math.max(0, profile.remembered() - 1)).stream()
                        .anyMatch(previous -> hashing.matches(command.newPassword(), previous))) {
            throw new PasswordReused(Math.max(1, profile.remembered()));
        }
        passwords.replace(name, hashing.hash(command.newPassword()), clock.instant());
        // Whoever signed in with the old password is signed out.
        sessions.closeAllOf(name);
    }

    @Override
    public boolean provisionIfAbsent(String username, String base32Secret) {
        TotpSecret secret = TotpSecret.ofBase32(base32Secret);
        if (factors.of(username).isPresent()) {
            return false;
        }
        factors.enrol(username, secret);
        factors.confirm(username, clock.instant());
        return true;
    }

    @Override
    public void reset(Actor securityAdministrator, String username) {
        // Three separated administrators: only the security administrator, and never for themselves
        // (that would let one person replace their own second factor without a second person).
        if (!securityAdministrator.has(Role.SECURITY_ADMINISTRATOR)
                || securityAdministrator.username().equals(username)) {
            throw new SecondFactorResetNotAllowed(securityAdministrator.username());
        }
        if (findAccount(username) == null) {
            throw new StaffAccountNotFound(username);
        }
        factors.remove(username);
        sessions.closeAllOf(username);
    }

    private StaffAccount findAccount(String username) {
        try {
            return accounts.findByUsername(new StaffUsername(username)).orElse(null);
        } catch (DomainProblem malformed) {
            return null;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
