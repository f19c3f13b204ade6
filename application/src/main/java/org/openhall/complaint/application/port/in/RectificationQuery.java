package org.openhall.complaint.application.port.in;

import java.util.List;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.access.Actor;

/** Rectifications in the caller's scope: a department's staff see their own, supervisors every one. */
@PrimaryPort
public interface RectificationQuery {

    RectificationView get(Actor actor, UUID id);

    /** The earliest due first; {@code openOnly} leaves out closed ones. */
    List<RectificationView> list(Actor actor, boolean openOnly);
}
