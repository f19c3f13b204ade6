package org.openhall.network.application.port.in;

import java.util.List;

/** One hall with the items citizens can bring there and its windows. */
public record HallDetailView(HallView hall, List<ItemRef> items, List<WindowView> windows) {

    public HallDetailView {
        items = List.copyOf(items);
        windows = List.copyOf(windows);
    }
}
