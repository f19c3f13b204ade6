package org.openhall.bootstrap.events;

import java.util.List;

import org.jmolecules.event.types.DomainEvent;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes domain events as Spring application events inside the storing transaction. Spring
 * Modulith's JDBC event publication registry records one publication per interested listener in
 * that same transaction, so a listener that fails or never ran is retried, and an event of a
 * rolled-back change is never seen.
 */
@Component
class SpringDomainEventPublisher implements DomainEventPublisher {

    private final ApplicationEventPublisher publisher;

    SpringDomainEventPublisher(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(List<DomainEvent> events) {
        events.forEach(publisher::publishEvent);
    }
}
