package org.openhall.planted.catalog.application.port.out;

import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** A secondary port: implemented by a persistence adapter, used by services only. */
@SecondaryPort
public interface PlantedItemStore {

    List<String> loadNames();
}
