package org.openhall.planted.servicecase.domain;

import org.jmolecules.ddd.types.Identifier;

public record PlantedCaseId(String value) implements Identifier {
}
