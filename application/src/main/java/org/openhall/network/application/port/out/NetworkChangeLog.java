package org.openhall.network.application.port.out;

import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The network's append-only change log. Lines are written in the caller's transaction, so a
 * change and its line are stored together or not at all; a stored line is never changed.
 */
@SecondaryPort
public interface NetworkChangeLog {

    void append(NetworkChange change);

    /** The latest {@code limit} lines, newest first. */
    List<NetworkChange> latest(int limit);
}
