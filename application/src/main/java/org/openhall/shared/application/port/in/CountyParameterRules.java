package org.openhall.shared.application.port.in;

import java.util.regex.Pattern;

import org.openhall.shared.domain.InvalidValue;

/**
 * What every county parameter must look like, whoever writes it: a dotted key of lower-case
 * kebab words and a non-blank value of bounded length. What a particular key means (a number of
 * working days, an SMS template) is checked by whoever supplies it, e.g. the county pack.
 */
public final class CountyParameterRules {

    /** The longest value: an SMS template fits comfortably, a document does not. */
    public static final int MAX_VALUE_LENGTH = 1000;

    /** The longest key. */
    public static final int MAX_KEY_LENGTH = 128;

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    private CountyParameterRules() {
    }

    /** Throws {@link InvalidValue} (field {@code key}) unless {@code key} is a dotted parameter key. */
    public static String requireKey(String key) {
        if (key == null || key.length() > MAX_KEY_LENGTH || !KEY.matcher(key).matches()) {
            throw new InvalidValue("key", "must be dotted lower-case words of at most " + MAX_KEY_LENGTH
                    + " characters, e.g. supervision.warning.working-days-before");
        }
        return key;
    }

    /** Throws {@link InvalidValue} (field {@code value}) unless {@code value} is a non-blank, bounded text. */
    public static String requireValue(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("value", "must not be blank");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new InvalidValue("value", "must be at most " + MAX_VALUE_LENGTH + " characters");
        }
        return value;
    }
}
