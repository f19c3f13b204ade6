package org.openhall.planted.catalog.adapter.in.web;

import java.util.List;

import org.openhall.planted.catalog.application.port.in.FindPlantedItems;

/** The right way: a controller calling a primary port. */
public class PortCallingController {

    private final FindPlantedItems items;

    public PortCallingController(FindPlantedItems items) {
        this.items = items;
    }

    public List<String> list() {
        return items.names();
    }
}
