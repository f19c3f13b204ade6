package org.openhall.planted.modulith.servicecase.application.service;

import org.openhall.planted.modulith.catalog.application.port.in.ItemLookup;
import org.openhall.planted.modulith.catalog.application.service.ItemLookupService;
import org.openhall.planted.modulith.catalog.domain.ItemNumber;

/**
 * Planted: uses the catalog's published domain and primary port (allowed) and its service class (not allowed).
 */
public class CaseIntakeService {

    private final ItemLookup lookup;
    private final ItemLookupService shortcut;

    public CaseIntakeService(ItemLookup lookup, ItemLookupService shortcut) {
        this.lookup = lookup;
        this.shortcut = shortcut;
    }

    public boolean accepts(ItemNumber number) {
        return lookup.exists(number) && shortcut.exists(number);
    }
}
