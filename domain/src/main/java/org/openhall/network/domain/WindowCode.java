package org.openhall.network.domain;

import java.util.regex.Pattern;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/** The code of a window (窗口编号) in a hall, e.g. {@code HS-CITY-W01}; unique across the network. */
public record WindowCode(String value) implements Identifier {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    public WindowCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValue("windowCode", "must be 1–32 letters, digits, '_' or '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
