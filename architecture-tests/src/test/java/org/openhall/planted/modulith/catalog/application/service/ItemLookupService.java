package org.openhall.planted.modulith.catalog.application.service;

import org.openhall.planted.modulith.catalog.application.port.in.ItemLookup;
import org.openhall.planted.modulith.catalog.domain.ItemNumber;

/** Internal to the catalog: other contexts must use {@link ItemLookup}. */
public class ItemLookupService implements ItemLookup {

    @Override
    public boolean exists(ItemNumber number) {
        return !number.value().isBlank();
    }
}
