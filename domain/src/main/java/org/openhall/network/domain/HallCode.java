package org.openhall.network.domain;

import java.util.regex.Pattern;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/** The code of a service hall or station, e.g. {@code HS-CITY}, {@code HS-LN-01}. */
public record HallCode(String value) implements Identifier {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    public HallCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValue("hallCode", "must be 1–32 letters, digits, '_' or '-'");
        }
    }
}
