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
 * @param redelivery how often undelivered events are resubmitted, and how old they must be first
 * @param health     the age of the oldest undelivered event beyond which the feed reports DOWN
 */
@ConfigurationProperties("openhall.supervision-feed")
public record SupervisionFeedProperties(Transport transport, URI source, Http http, Amqp amqp, Redelivery redelivery,
        Health health) {

    public SupervisionFeedProperties {
        transport = transport == null ? Transport.LOG : transport;
        source = source == null ? URI.create("urn:openhall:centre") : source;
        http = http == null ? new Http(null, 0, null, null, null) : http;
        amqp = amqp == null ? new Amqp(null, null, null) : amqp;
        redelivery = redelivery == null ? new Redelivery(null, null) : redelivery;
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

    public record Redelivery(Duration interval, Duration minimumAge) {

        public Redelivery {
            interval = interval == null ? Duration.ofSeconds(30) : interval;
            minimumAge = minimumAge == null ? Duration.ofSeconds(10) : minimumAge;
        }
    }

    public record Health(Duration maximumAge) {

        public Health {
            maximumAge = maximumAge == null ? Duration.ofMinutes(15) : maximumAge;
        }
    }
}
