package org.openhall.network.application.port.in;

import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.HallLevel;

/** A hall to add to the network; {@code parent} is null only for the city centre. */
public record RegisterHallCommand(HallCode code, String name, HallLevel level, HallCode parent) {
}
