package org.openhall.planted.catalog.domain;

import org.jmolecules.ddd.types.AggregateRoot;

/** An aggregate that another aggregate must refer to by {@link PlantedItemCode}. */
public class PlantedItem implements AggregateRoot<PlantedItem, PlantedItemCode> {

    private final PlantedItemCode code;

    public PlantedItem(PlantedItemCode code) {
        this.code = code;
    }

    @Override
    public PlantedItemCode getId() {
        return code;
    }
}
