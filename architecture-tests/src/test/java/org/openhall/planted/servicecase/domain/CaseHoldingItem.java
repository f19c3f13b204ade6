package org.openhall.planted.servicecase.domain;

import org.jmolecules.ddd.types.AggregateRoot;
import org.openhall.planted.catalog.domain.PlantedItem;
import org.openhall.planted.catalog.domain.PlantedItemCode;

/** Planted: an aggregate holding another aggregate itself ({@code item}) next to the right way ({@code itemCode}). */
public class CaseHoldingItem implements AggregateRoot<CaseHoldingItem, PlantedCaseId> {

    private final PlantedCaseId id;
    private final PlantedItemCode itemCode;
    private final PlantedItem item;

    public CaseHoldingItem(PlantedCaseId id, PlantedItem item) {
        this.id = id;
        this.itemCode = item.getId();
        this.item = item;
    }

    @Override
    public PlantedCaseId getId() {
        return id;
    }

    public PlantedItemCode itemCode() {
        return itemCode;
    }

    public PlantedItem item() {
        return item;
    }
}
