package org.openhall.network.domain;

import java.util.regex.Pattern;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/** The sign-in name of a staff member (工作人员账号). */
public record StaffUsername(String value) implements Identifier {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");

    public StaffUsername {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValue("username", "must be 2–32 lower-case letters, digits, '.', '_' or '-'");
        }
    }
}
