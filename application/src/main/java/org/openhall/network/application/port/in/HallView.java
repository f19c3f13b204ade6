package org.openhall.network.application.port.in;

import org.openhall.shared.domain.access.AdministrativeLevel;

/** A hall of the service network as the public portal lists it. */
public record HallView(String code, String name, AdministrativeLevel level, String parent) {
}
