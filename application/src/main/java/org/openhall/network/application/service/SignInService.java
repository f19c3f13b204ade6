package org.openhall.network.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.network.application.port.in.SignInCommand;
import org.openhall.network.application.port.in.SignInRefused;
import org.openhall.network.application.port.in.SignInRefused.Reason;
import org.openhall.network.application.port.in.SignInUseCase;
import org.openhall.network.application.port.in.SignedIn;
import org.openhall.network.application.port.in.StaffSessions;
import org.openhall.network.application.port.out.PasswordHashing;
import org.openhall.network.application.port.out.PasswordRecords;
import org.openhall.network.application.port.out.SecondFactorStore;
import org.openhall.network.application.port.out.ServiceHallRepository;
import org.openhall.network.application.port.out.SignInFailureStore;
import org.openhall.network.application.port.out.StaffAccountRepository;
import org.openhall.network.application.port.out.StaffSessionStore;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.signin.PasswordProfile;
import org.openhall.network.domain.signin.SessionLifetime;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.HallScope;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in with password and second factor, and the sessions it opens. A session token is 256
 * random bits, shown to the client once; OpenHall stores only its SHA-256 hash, so a copy of the
 * database opens no session. Checking a token costs one hash and one indexed update, not a
 * password hash per request.
 */
@Application
public class SignInService implements SignInUseCase, StaffSessions {

    /** Tells OpenHall's session tokens from other bearer tokens (JWTs) at a glance. */
    public static final String TOKEN_PREFIX = "oh_";

    private static final int TOKEN_BYTES = 32;

    private final SignInGate gate;
    private final StaffAccountRepository accounts;
    private final StaffSessionStore sessions;
    private final ServiceHallRepository halls;
    private final PasswordRecords passwords;
    private final PasswordProfile profile;
    private final SessionLifetime lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SignInService(StaffAccountRepository accounts, PasswordHashing hashing, SecondFactorStore factors,
            SignInFailureStore failures, StaffSessionStore sessions, ServiceHallRepository halls,
            PasswordRecords passwords, SignInSettings settings, Clock clock) {
        this.gate = new SignInGate(accounts, hashing, factors, failures, settings.throttle(), clock);
        this.accounts = accounts;
        this.sessions = sessions;
        this.halls = halls;
        this.passwords = passwords;
        this.profile = settings.profile();
        this.lifetime = settings.lifetime();
        this.clock = clock;
    }

    @Override
    public SignedIn signIn(SignInCommand command) {
        StaffAccount account = gate.passwordHolder(command.username(), command.password(), command.source());
        gate.checkCode(account, command.code(), command.source());
        gate.succeeded(account, command.source());
        Instant now = clock.instant();
        String name = account.username().value();
        if (profile.rotation().isPresent()) {
            Instant changedAt = passwords.changedAt(name).orElse(now);
            if (!now.isBefore(changedAt.plus(profile.rotation().get()))) {
                throw new SignInRefused(Reason.PASSWORD_EXPIRED, name + "'s password is older than the profile allows");
            }
        }
        byte[] raw = new byte[TOKEN_BYTES];
        random.nextBytes(raw);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        sessions.open(hash(token), name, now);
        return new SignedIn(token, account.asActor(), now.plus(lifetime.absolute()));
    }

    /**
     * The staff member a session token stands for, at the hall their account names. One transaction
     * for the session, the account and the hall's level: every signed-in request pays for it.
     */
    @Override
    @Transactional
    public Optional<Actor> actorOf(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return sessions.touch(hash(token), now, lifetime.idleCutoff(now), lifetime.absoluteCutoff(now))
                .flatMap(name -> accounts.findByUsername(new StaffUsername(name)))
                // An account disabled while signed in loses its sessions at the next request.
                .filter(StaffAccount::enabled)
                .map(account -> account.asActor().at(scopeOf(account.hall())));
    }

    /** The hall and level an account works at; null when it names none or a hall no longer stored. */
    private HallScope scopeOf(HallCode hall) {
        return hall == null ? null
                : halls.levelOf(hall).map(level -> new HallScope(hall.value(), level)).orElse(null);
    }

    @Override
    public void signOut(String token) {
        if (token != null && token.startsWith(TOKEN_PREFIX)) {
            sessions.close(hash(token));
        }
    }

    /** The SHA-256 of a token: what the session store keys on. */
    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
