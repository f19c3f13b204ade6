package org.openhall.network.adapter.in.web;

/**
 * An item handled in a hall.
 *
 * @param name the name in the published catalog; {@code null} when the catalog does not offer it today
 */
public record ItemResponse(String code, String name) {
}
