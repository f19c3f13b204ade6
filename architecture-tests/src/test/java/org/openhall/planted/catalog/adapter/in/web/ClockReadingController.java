package org.openhall.planted.catalog.adapter.in.web;

import java.time.Clock;

import org.openhall.planted.bootstrap.PlantedClockConfiguration;

/** Planted: a controller reaching into the composition root for its clock instead of having one injected. */
public class ClockReadingController {

    private final Clock clock = new PlantedClockConfiguration().clock();

    public String today() {
        return clock.instant().toString();
    }
}
