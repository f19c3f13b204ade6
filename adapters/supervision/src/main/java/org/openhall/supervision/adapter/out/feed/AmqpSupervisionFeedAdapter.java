package org.openhall.supervision.adapter.out.feed;

import java.nio.charset.StandardCharsets;

import org.openhall.supervision.application.port.out.SupervisionFeedEvent;
import org.openhall.supervision.application.port.out.SupervisionFeedPort;
import org.openhall.supervision.application.port.out.SupervisionFeedUnavailable;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes each event to a durable topic exchange (routing key = the event type) as a persistent
 * message whose message id is the event id, and waits for the broker's publisher confirm: only a
 * confirmed message counts as delivered. A durable queue bound to the exchange keeps the events while
 * the supervision system's consumer is away.
 */
public class AmqpSupervisionFeedAdapter implements SupervisionFeedPort {

    private final RabbitTemplate rabbit;
    private final CloudEventsJson cloudEvents;
    private final SupervisionFeedProperties.Amqp settings;

    public AmqpSupervisionFeedAdapter(RabbitTemplate rabbit, CloudEventsJson cloudEvents,
            SupervisionFeedProperties.Amqp settings) {
        this.rabbit = rabbit;
        this.cloudEvents = cloudEvents;
        this.settings = settings;
    }

    @Override
    public void send(SupervisionFeedEvent event) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(event.id());
        properties.setContentType(CloudEventsJson.MEDIA_TYPE);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setType(event.type());
        properties.setHeader("ce-id", event.id());
        Message message = new Message(cloudEvents.write(event).getBytes(StandardCharsets.UTF_8), properties);
        try {
            rabbit.invoke(operations -> {
                operations.send(settings.exchange(), event.type(), message);
                operations.waitForConfirmsOrDie(settings.confirmTimeout().toMillis());
                return null;
            });
        } catch (AmqpException | IllegalStateException e) {
            throw new SupervisionFeedUnavailable("Broker did not confirm event " + event.id(), e);
        }
    }

    @Override
    public String transport() {
        return "amqp";
    }
}
