package org.openhall.planted.catalog.adapter.in.web;

import java.util.List;

import org.openhall.planted.catalog.application.port.out.PlantedItemStore;

/** Planted: a controller using a secondary port, bypassing the use case. */
public class StoreReadingController {

    private final PlantedItemStore store;

    public StoreReadingController(PlantedItemStore store) {
        this.store = store;
    }

    public List<String> list() {
        return store.loadNames();
    }
}
