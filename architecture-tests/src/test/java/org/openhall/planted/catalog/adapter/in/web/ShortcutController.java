package org.openhall.planted.catalog.adapter.in.web;

import java.util.List;

import org.openhall.planted.catalog.adapter.out.persistence.JdbcPlantedItemStore;

/** Planted: a web controller reading through the persistence adapter. */
public class ShortcutController {

    private final JdbcPlantedItemStore store;

    public ShortcutController(JdbcPlantedItemStore store) {
        this.store = store;
    }

    public List<String> list() {
        return store.loadNames();
    }
}
