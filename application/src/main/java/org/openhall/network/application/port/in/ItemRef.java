package org.openhall.network.application.port.in;

/**
 * An item as the network shows it: its code, and its name from the published catalog, or
 * {@code null} when the catalog does not offer it today (unknown, suspended or abolished).
 */
public record ItemRef(String code, String name) {
}
