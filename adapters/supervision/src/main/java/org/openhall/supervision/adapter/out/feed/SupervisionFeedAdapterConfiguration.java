package org.openhall.supervision.adapter.out.feed;

import java.time.Clock;

import org.openhall.supervision.application.port.out.SupervisionFeedPort;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitoring feed's adapters: the transport {@code openhall.supervision-feed.transport} selects,
 * counted by Micrometer; the outbox that is the feed's log too, its backlog gauge and its health.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupervisionFeedProperties.class)
public class SupervisionFeedAdapterConfiguration {

    @Bean
    CloudEventsJson supervisionFeedCloudEvents(SupervisionFeedProperties properties) {
        return new CloudEventsJson(properties.source());
    }

    @Bean
    SupervisionFeedPort supervisionFeedPort(SupervisionFeedProperties properties, CloudEventsJson cloudEvents,
            ObjectProvider<RabbitTemplate> rabbit, MeterRegistry meters) {
        SupervisionFeedPort transport = switch (properties.transport()) {
            case HTTP -> new HttpSupervisionFeedAdapter(cloudEvents, properties.http());
            case AMQP -> new AmqpSupervisionFeedAdapter(rabbit.getObject(), cloudEvents, properties.amqp());
            case LOG -> new LogSupervisionFeedAdapter(cloudEvents, false);
            case NONE -> new LogSupervisionFeedAdapter(cloudEvents, true);
        };
        return new MeteredSupervisionFeed(transport, meters);
    }

    @Bean
    SupervisionFeedOutboxAdapter supervisionFeedOutbox(JdbcClient jdbc, JsonMapper json,
            CloudEventsJson cloudEvents) {
        return new SupervisionFeedOutboxAdapter(jdbc, json, cloudEvents);
    }

    @Bean
    SupervisionFeedHealthIndicator supervisionFeedHealthIndicator(SupervisionFeedOutboxAdapter outbox,
            SupervisionFeedProperties properties, Clock clock) {
        return new SupervisionFeedHealthIndicator(outbox, properties.transport().name().toLowerCase(),
                properties.health().maximumAge(), clock);
    }

    /** {@code openhall.supervision.feed.undelivered}: events the feed still owes, read at each scrape. */
    @Bean
    MeterBinder supervisionFeedBacklogGauge(SupervisionFeedOutboxAdapter outbox) {
        return registry -> Gauge.builder("openhall.supervision.feed.undelivered", outbox,
                SupervisionFeedOutboxAdapter::undelivered)
                .description("Case events and warnings not yet delivered to the supervision system")
                .register(registry);
    }

    /** The exchange, and a durable queue that keeps the events while the receiver's consumer is away. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "openhall.supervision-feed.transport", havingValue = "amqp")
    static class AmqpTopology {

        @Bean
        Declarables supervisionFeedTopology(SupervisionFeedProperties properties) {
            TopicExchange exchange = new TopicExchange(properties.amqp().exchange(), true, false);
            Queue queue = new Queue(properties.amqp().queue(), true);
            Binding binding = BindingBuilder.bind(queue).to(exchange).with("#");
            return new Declarables(exchange, queue, binding);
        }
    }
}
