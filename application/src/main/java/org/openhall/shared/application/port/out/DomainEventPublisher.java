package org.openhall.shared.application.port.out;

import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.event.types.DomainEvent;

/**
 * Hands the events an aggregate recorded to the rest of the system, inside the transaction that
 * stores the aggregate, so that an event exists if and only if its change was committed.
 */
@SecondaryPort
public interface DomainEventPublisher {

    void publish(List<DomainEvent> events);
}
