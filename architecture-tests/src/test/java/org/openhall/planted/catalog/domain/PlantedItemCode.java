package org.openhall.planted.catalog.domain;

import org.jmolecules.ddd.types.Identifier;

/** The identifier another aggregate may hold. */
public record PlantedItemCode(String value) implements Identifier {
}
