package org.openhall.catalog.domain;

import java.util.regex.Pattern;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/**
 * The implementation code of an approval item (事项编码), e.g. {@code HS-GA-001}: the identity of an
 * item in the catalog, stable across its versions.
 */
public record ApprovalItemCode(String value) implements Identifier {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ApprovalItemCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValue("itemCode", "must be 1–64 letters, digits, '.', '_' or '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
