package org.openhall.network.application.port.in;

/** An item a window handles and whether the window decides it on the spot (窗口办结). */
public record WindowItemView(ItemRef item, boolean decidedAtWindow) {
}
