package org.openhall.planted.catalog.application.service;

import java.util.List;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.planted.catalog.adapter.out.persistence.JdbcPlantedItemStore;

/** Planted: an application service holding the persistence adapter instead of its secondary port. */
@Application
public class AdapterAwareService {

    private final JdbcPlantedItemStore store;

    public AdapterAwareService(JdbcPlantedItemStore store) {
        this.store = store;
    }

    public List<String> names() {
        return store.loadNames();
    }
}
