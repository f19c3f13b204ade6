package org.openhall.supervision.adapter.out.feed;

import org.openhall.supervision.application.port.out.SupervisionFeedEvent;
import org.openhall.supervision.application.port.out.SupervisionFeedPort;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts deliveries and failures per transport ({@code openhall.supervision.feed.sent} and
 * {@code openhall.supervision.feed.failed}, tag {@code transport}) around the configured transport.
 */
public class MeteredSupervisionFeed implements SupervisionFeedPort {

    private final SupervisionFeedPort transport;
    private final Counter sent;
    private final Counter failed;

    public MeteredSupervisionFeed(SupervisionFeedPort transport, MeterRegistry meters) {
        this.transport = transport;
        this.sent = Counter.builder("openhall.supervision.feed.sent").tag("transport", transport.transport())
                .description("Events the supervision system took").register(meters);
        this.failed = Counter.builder("openhall.supervision.feed.failed").tag("transport", transport.transport())
                .description("Delivery attempts that failed (the event stays undelivered)").register(meters);
    }

    @Override
    public void send(SupervisionFeedEvent event) {
        try {
            transport.send(event);
        } catch (RuntimeException e) {
            failed.increment();
            throw e;
        }
        sent.increment();
    }

    @Override
    public String transport() {
        return transport.transport();
    }
}
