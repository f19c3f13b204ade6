package org.openhall.network.domain.signin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which password rules (口令策略) the installation follows. The two standards OpenHall answers to
 * disagree, so the county chooses ({@code openhall.security.password.profile}):
 * <ul>
 * <li>{@link #MLPS} — 等级保护 2.0 as assessors usually read GB/T 22239-2019 §8.1.4.1 a) (“口令具有
 * 复杂度要求并定期更换”): at least 8 characters from three of the four classes (upper case, lower
 * case, digits, others), changed every 90 days, none of the last 5 again;</li>
 * <li>{@link #ASVS} — OWASP ASVS 5.0 (V6.2, after NIST SP 800-63B): at least 12 characters, not on
 * the list of breached passwords, no composition rules and no periodic change, since both push
 * people to predictable variants.</li>
 * </ul>
 * In both, a password may not contain the user name.
 */
public enum PasswordProfile {

    MLPS(8, 3, Duration.ofDays(90), 5, false),
    ASVS(12, 0, null, 0, true);

    private final int minimumLength;
    private final int characterClasses;
    private final Duration rotation;
    private final int remembered;
    private final boolean refusesBreached;

    PasswordProfile(int minimumLength, int characterClasses, Duration rotation, int remembered,
            boolean refusesBreached) {
        this.minimumLength = minimumLength;
        this.characterClasses = characterClasses;
        this.rotation = rotation;
        this.remembered = remembered;
        this.refusesBreached = refusesBreached;
    }

    /**
     * What is wrong with {@code candidate} as {@code username}'s new password, as stable reason
     * codes ({@code too-short}, {@code too-few-character-classes}, {@code breached},
     * {@code contains-username}); empty when it is acceptable. Reuse of an earlier password is
     * checked by whoever holds the earlier hashes (see {@link #remembered()}).
     */
    public List<String> violations(String candidate, String username, Predicate<String> breached) {
        List<String> reasons = new ArrayList<>();
        int length = candidate == null ? 0 : candidate.codePointCount(0, candidate.length());
        if (length < minimumLength) {
            reasons.add("too-short");
        }
        if (candidate == null) {
            return reasons;
        }
        if (classesIn(candidate) < characterClasses) {
            reasons.add("too-few-character-classes");
        }
        if (refusesBreached && breached.test(candidate)) {
            reasons.add("breached");
        }
        if (username != null && !username.isBlank()
                && candidate.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            reasons.add("contains-username");
        }
        return reasons;
    }

    /** How long a password lasts before it must be changed; empty when it does not expire. */
    public Optional<Duration> rotation() {
        return Optional.ofNullable(rotation);
    }

    /** How many earlier passwords may not be chosen again. */
    public int remembered() {
        return remembered;
    }

    public int minimumLength() {
        return minimumLength;
    }

    private static int classesIn(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
