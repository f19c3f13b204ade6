package org.openhall.planted.shared.adapter.in.web;

/** Web plumbing shared by the contexts' web adapters (same technology, so allowed). */
public final class PlantedProblemResponses {

    private PlantedProblemResponses() {
    }

    public static String notFound(String what) {
        return what + " not found";
    }
}
