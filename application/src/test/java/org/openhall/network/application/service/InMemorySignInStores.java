package org.openhall.network.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openhall.network.application.port.out.InMemoryStaffAccountRepository;
import org.openhall.network.application.port.out.PasswordHashing;
import org.openhall.network.application.port.out.PasswordRecords;
import org.openhall.network.application.port.out.SecondFactor;
import org.openhall.network.application.port.out.SecondFactorStore;
import org.openhall.network.application.port.out.SignInFailureStore;
import org.openhall.network.application.port.out.StaffSessionStore;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.signin.SignInFailures;
import org.openhall.network.domain.signin.TotpSecret;

/**
 * The stores sign-in needs, in memory, for tests of the sign-in use cases; passwords are "hashed"
 * by a visible prefix so that the tests need no bcrypt.
 */
final class InMemorySignInStores implements SecondFactorStore, SignInFailureStore, StaffSessionStore, PasswordRecords,
        PasswordHashing {

    final InMemoryStaffAccountRepository accounts = new InMemoryStaffAccountRepository();
    private final Map<String, SecondFactor> factors = new HashMap<>();
    private final Set<String> usedSteps = new HashSet<>();
    private final Map<String, SignInFailures> failures = new HashMap<>();
    private final Map<String, Object[]> sessions = new HashMap<>();
    private final Map<String, Instant> changedAt = new HashMap<>();
    private final Map<String, List<String>> history = new HashMap<>();

    @Override
    public String hash(String password) {
        return "plain:" + password;
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash.equals("plain:" + password);
    }

    @Override
    public Optional<SecondFactor> of(String username) {
        return Optional.ofNullable(factors.get(username));
    }

    @Override
    public void enrol(String username, TotpSecret secret) {
        factors.put(username, new SecondFactor(secret, false));
    }

    @Override
    public void remove(String username) {
        factors.remove(username);
    }

    @Override
    public void confirm(String username, Instant at) {
        factors.computeIfPresent(username, (u, f) -> new SecondFactor(f.secret(), true));
    }

    @Override
    public boolean claim(String username, long step) {
        return usedSteps.add(username + "@" + step);
    }

    @Override
    public SignInFailures of(String username, String source) {
        return failures.getOrDefault(username + "|" + source, SignInFailures.NONE);
    }

    @Override
    public void save(String username, String source, SignInFailures f) {
        failures.put(username + "|" + source, f);
    }

    @Override
    public void clear(String username, String source) {
        failures.remove(username + "|" + source);
    }

    @Override
    public void clearAllOf(String username) {
        failures.keySet().removeIf(k -> k.startsWith(username + "|"));
    }

    @Override
    public int deleteLastFailedBefore(Instant cutoff) {
        int before = failures.size();
        failures.values().removeIf(f -> !f.lastFailureAt().isAfter(cutoff));
        return before - failures.size();
    }

    @Override
    public void open(byte[] tokenHash, String username, Instant signedInAt) {
        sessions.put(key(tokenHash), new Object[] { username, signedInAt, signedInAt });
    }

    @Override
    public Optional<String> touch(byte[] tokenHash, Instant now, Instant idleCutoff, Instant absoluteCutoff) {
        Object[] s = sessions.get(key(tokenHash));
        if (s == null || !((Instant) s[2]).isAfter(idleCutoff) || !((Instant) s[1]).isAfter(absoluteCutoff)) {
            return Optional.empty();
        }
        s[2] = now;
        return Optional.of((String) s[0]);
    }

    @Override
    public void close(byte[] tokenHash) {
        sessions.remove(key(tokenHash));
    }

    @Override
    public void closeAllOf(String username) {
        sessions.values().removeIf(s -> s[0].equals(username));
    }

    @Override
    public int deleteExpired(Instant idleCutoff, Instant absoluteCutoff) {
        int before = sessions.size();
        sessions.values().removeIf(s -> !((Instant) s[2]).isAfter(idleCutoff) || !((Instant) s[1]).isAfter(absoluteCutoff));
        return before - sessions.size();
    }

    @Override
    public Optional<Instant> changedAt(String username) {
        return Optional.ofNullable(changedAt.get(username));
    }

    @Override
    public List<String> previousHashes(String username, int count) {
        List<String> all = history.getOrDefault(username, List.of());
        return all.subList(0, Math.min(count, all.size()));
    }

    @Override
    public void replace(String username, String newHash, Instant at) {
        StaffAccount account = accounts.findByUsername(new StaffUsername(username)).orElseThrow();
        history.computeIfAbsent(username, u -> new ArrayList<>()).add(0, account.passwordHash());
        accounts.save(StaffAccount.restore(account.username(), account.displayName(), newHash, account.roles(),
                account.department(), account.enabled(), account.hall()));
        changedAt.put(username, at);
    }

    void passwordSetAt(String username, Instant at) {
        changedAt.put(username, at);
    }

    private static String key(byte[] hash) {
        return java.util.HexFormat.of().formatHex(hash);
    }
}
