package org.openhall.planted.modulith;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * A second, tiny application shaped like OpenHall (contexts {@code catalog} and {@code servicecase} with the
 * same layer packages), in which {@code servicecase} reaches into {@code catalog}'s internals.
 */
@Modulithic(systemName = "Planted")
@SpringBootApplication
public class PlantedApplication {
}
