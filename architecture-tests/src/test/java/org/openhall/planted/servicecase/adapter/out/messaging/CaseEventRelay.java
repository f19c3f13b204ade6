package org.openhall.planted.servicecase.adapter.out.messaging;

import java.util.List;

import org.openhall.planted.catalog.adapter.out.persistence.JdbcPlantedItemStore;

/** Planted: a messaging adapter reading another technology's (persistence) adapter. */
public class CaseEventRelay {

    private final JdbcPlantedItemStore items;

    public CaseEventRelay(JdbcPlantedItemStore items) {
        this.items = items;
    }

    public int relay() {
        return items.loadNames().size();
    }
}
