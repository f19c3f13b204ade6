package org.openhall.network.application.port.in;

import org.openhall.shared.domain.access.AdministrativeLevel;

/**
 * A hall of the service network as the public portal lists it.
 *
 * @param address where it is, or {@code null} if not published
 * @param openingHours when it is open (办公时间), or {@code null} if not published
 */
public record HallView(String code, String name, AdministrativeLevel level, String parent, String address,
        String openingHours) {
}
