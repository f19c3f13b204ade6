package org.openhall.complaint.adapter.in.telephony.fastagi;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a caller keys on the phone pad, read as public tracking expects it. A keypad has digits,
 * {@code *} and {@code #} only: the case number is keyed as its digits and rebuilt with the
 * county's group lengths (451381-20260302-00017 is keyed 4513812026030200017), and the check's
 * {@code X} (the identity number's check character) is keyed as {@code *}.
 */
final class KeyedCaseNumber {

    private KeyedCaseNumber() {
    }

    /** The case number for {@code digits}, or empty when they do not fit the groups. */
    static Optional<String> caseNumber(String digits, List<Integer> groups) {
        if (digits == null || !digits.matches("\\d+")) {
            return Optional.empty();
        }
        if (groups.isEmpty()) {
            return Optional.of(digits);
        }
        int total = groups.stream().mapToInt(Integer::intValue).sum();
        if (digits.length() != total) {
            return Optional.empty();
        }
        StringBuilder number = new StringBuilder();
        int at = 0;
        for (int length : groups) {
            if (at > 0) {
                number.append('-');
            }
            number.append(digits, at, at + length);
            at += length;
        }
        return Optional.of(number.toString());
    }

    /** The four characters of the check, {@code *} read as {@code X}. */
    static String check(String keys) {
        return keys == null ? "" : keys.replace('*', 'X').toUpperCase(Locale.ROOT);
    }
}
