package org.openhall.planted.catalog.application.service;

import java.util.List;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.planted.catalog.application.port.in.FindPlantedItems;
import org.openhall.planted.catalog.application.port.out.PlantedItemStore;

/** A well-behaved service: implements its primary port through its secondary port. */
@Application
public class PlantedCatalogService implements FindPlantedItems {

    private final PlantedItemStore store;

    public PlantedCatalogService(PlantedItemStore store) {
        this.store = store;
    }

    @Override
    public List<String> names() {
        return store.loadNames();
    }
}
