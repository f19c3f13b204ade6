package org.openhall.supervision.adapter.out.feed;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code openhall.supervision-feed.*}: where the monitoring feed goes and how hard it tries.
 *
 * @param transport  http, amqp, log (write each event to the log) or none (drop them)
 * @param source     the CloudEvents {@code source}: the centre's URI, e.g. {@code urn:openhall:centre:450000}
 * @param http       the receiver's endpoint and the retries inside one delivery attempt
 * @param amqp       the exchange and queue on the broker {@code spring.rabbitmq.*} names
 * @param relay      how often the relay sends the outbox when no commit woke it, and how many events a
 *                   round sends at most
 * @param health     the age of the oldest undelivered event beyond which the feed reports DOWN
 */
@ConfigurationProperties("openhall.supervision-feed")
public record SupervisionFeedProperties(Transport transport, URI source, Http http, Amqp amqp, Relay relay,
        Health health) {

    public SupervisionFeedProperties {
        transport = transport == null ? Transport.LOG : transport;
        source = source == null ? URI.create("urn:openhall:centre") : source;
        http = http == null ? new Http(null, 0, null, null, null) : http;
        amqp = amqp == null ? new Amqp(null, null, null) : amqp;
        relay = relay == null ? new Relay(null, 0) : relay;
        health = health == null ? new Health(null) : health;
    }

    public enum Transport {
        HTTP, AMQP, LOG, NONE
    }

    public record Http(URI endpoint, int attempts, Duration initialBackoff, Duration maxBackoff, Duration timeout) {

        public Http {
            attempts = attempts <= 0 ? 4 : attempts;
            initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(2) : maxBackoff;
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }
    }

    public record Amqp(String exchange, String queue, Duration confirmTimeout) {

        public Amqp {
            exchange = exchange == null || exchange.isBlank() ? "openhall.supervision" : exchange;
            queue = queue == null || queue.isBlank() ? "openhall.supervision.feed" : queue;
            confirmTimeout = confirmTimeout == null ? Duration.ofSeconds(10) : confirmTimeout;
        }
    }

    /**
     * @param interval  the pause between rounds when no commit woke the relay (after a failed send, the
     *                  wait before the next attempt)
     * @param batchSize the most events one round reads, sends and marks
     */
    public record Relay(Duration interval, int batchSize) {

        public Relay {
            interval = interval == null ? Duration.ofMillis(500) : interval;
            batchSize = batchSize <= 0 ? 200 : batchSize;
        }
    }

    public record Health(Duration maximumAge) {

        public Health {
            maximumAge = maximumAge == null ? Duration.ofMinutes(15) : maximumAge;
        }
    }
}
