package org.openhall.planted.catalog.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A primary port: what a controller may call. */
@PrimaryPort
public interface FindPlantedItems {

    List<String> names();
}
