package org.openhall.network.adapter.in.web;

/**
 * An item a window handles.
 *
 * @param name {@code null} when the catalog does not offer the item today
 * @param decidedAtWindow whether the window decides it on the spot (窗口办结) rather than passing it on
 */
public record WindowItemResponse(String code, String name, boolean decidedAtWindow) {
}
