package org.openhall.network.application.port.in;

import org.openhall.network.domain.HallLevel;

/** A hall of the service network as the public portal lists it. */
public record HallView(String code, String name, HallLevel level, String parent) {
}
