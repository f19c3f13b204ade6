package org.openhall.network.application.port.out;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link NetworkChangeLog} in memory, for tests of the use cases. */
public class InMemoryNetworkChangeLog implements NetworkChangeLog {

    private final List<NetworkChange> lines = new CopyOnWriteArrayList<>();

    @Override
    public void append(NetworkChange change) {
        lines.add(change);
    }

    @Override
    public List<NetworkChange> latest(int limit) {
        return lines.reversed().stream().limit(limit).toList();
    }

    /** Every line, oldest first. */
    public List<NetworkChange> all() {
        return List.copyOf(lines);
    }
}
