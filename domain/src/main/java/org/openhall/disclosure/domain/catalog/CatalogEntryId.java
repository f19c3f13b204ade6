package org.openhall.disclosure.domain.catalog;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/** The technical identity of a catalog entry; the public one is its {@link IndexNumber}. */
public record CatalogEntryId(UUID value) implements Identifier {

    public CatalogEntryId {
        if (value == null) {
            throw new InvalidValue("entryId", "must not be null");
        }
    }

    public static CatalogEntryId of(String text) {
        try {
            return new CatalogEntryId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("entryId", "is not a valid entry id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
