package org.openhall.planted.catalog.adapter.out.persistence;

import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.planted.catalog.application.port.out.PlantedItemStore;

/** The persistence adapter behind {@link PlantedItemStore}. */
@SecondaryAdapter
public class JdbcPlantedItemStore implements PlantedItemStore {

    @Override
    public List<String> loadNames() {
        return List.of();
    }
}
