package org.openhall.supervision.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.access.Actor;

/** Supervisory orders: supervisors see all, approvers their department's; optionally only overdue replies. */
@PrimaryPort
public interface OrderQuery {

    List<OrderView> orders(Actor actor, boolean overdueRepliesOnly);
}
