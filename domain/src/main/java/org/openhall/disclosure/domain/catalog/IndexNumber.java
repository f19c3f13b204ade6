package org.openhall.disclosure.domain.catalog;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The index number of a catalog entry (索引号), Art. 26's "索引": unique, printed on the entry,
 * made by the jurisdiction's {@link IndexNumberScheme}, e.g. {@code HSZF-ZCWJ-2026-0007}.
 */
@ValueObject
public record IndexNumber(String value) {

    public IndexNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("indexNumber", "must not be blank");
        }
        if (!value.matches("[\\p{Alnum}\\-_/.]{1,64}")) {
            throw new InvalidValue("indexNumber", "must be 1 to 64 letters, digits, hyphens, slashes or dots");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
