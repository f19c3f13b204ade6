package org.openhall.complaint.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * Where the matter of a ticket is (诉求地点): an address and/or WGS-84 coordinates, as the portal
 * and Open311 clients send them. Every part may be missing.
 */
@ValueObject
public record TicketLocation(String address, Double latitude, Double longitude) {

    public TicketLocation {
        address = address == null || address.isBlank() ? null : address.strip();
        if ((latitude == null) != (longitude == null)) {
            throw new InvalidValue("lat", "latitude and longitude come together");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new InvalidValue("lat", "latitude must be within ±90 and longitude within ±180");
        }
    }

    public static TicketLocation none() {
        return new TicketLocation(null, null, null);
    }

    public boolean isEmpty() {
        return address == null && latitude == null;
    }
}
