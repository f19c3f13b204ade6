package org.openhall.bootstrap.countypack.spec;

import java.util.List;

import org.openhall.bootstrap.countypack.Where;

/**
 * A hall of the network: the city centre, a township centre or a village station, with the items
 * it handles.
 *
 * @param level {@code CITY}, {@code TOWNSHIP} or {@code VILLAGE}
 * @param parent the code of the hall one level up; none for the city centre
 */
public record HallSpec(Where where, String code, String name, String level, String parent, String address,
        String openingHours, List<String> items) {
}
