package org.openhall.servicecase.domain.preapplication;

import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The reference number (预申请编号) a citizen gets for an online pre-application, e.g.
 * {@code YS20260928-7KQ4M2XP}: {@code YS}, the day of submission, and eight random characters
 * without look-alikes (no 0/O, 1/I/L). The random part keeps references from being guessed; the
 * status check also asks for the last four digits of the phone number.
 */
@ValueObject
public record PreApplicationReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("YS\\d{8}-[2-9A-HJKMNP-Z]{8}");

    public PreApplicationReference {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("reference", "must not be blank");
        }
        value = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValue("reference", "must look like YS20260928-7KQ4M2XP");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
