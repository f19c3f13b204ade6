package org.openhall.network.application.port.in;

import org.openhall.network.domain.HallCode;
import org.openhall.shared.domain.access.AdministrativeLevel;

/** A hall to add to the network; {@code parent} is null only for the city centre. */
public record RegisterHallCommand(HallCode code, String name, AdministrativeLevel level, HallCode parent) {
}
