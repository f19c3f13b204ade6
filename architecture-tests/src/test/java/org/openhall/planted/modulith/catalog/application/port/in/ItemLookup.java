package org.openhall.planted.modulith.catalog.application.port.in;

import org.openhall.planted.modulith.catalog.domain.ItemNumber;

/** Published: the catalog's primary port. */
public interface ItemLookup {

    boolean exists(ItemNumber number);
}
