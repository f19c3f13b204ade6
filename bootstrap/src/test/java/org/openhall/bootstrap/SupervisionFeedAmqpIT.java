package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The monitoring feed over AMQP with a real RabbitMQ broker (127.0.0.1:5672, guest/guest): while the
 * line to the broker is cut, events wait; once it is back they all arrive, each id once after the
 * consumer's de-duplication, each case's in order.
 */
// Its relay would keep running on its own database after the class: close it when the class is done.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = SupervisionFeedAmqpIT.OwnDatabase.class)
@TestPropertySource(properties = {
        "openhall.supervision-feed.transport=amqp",
        "openhall.supervision-feed.amqp.confirm-timeout=PT3S",
        "spring.rabbitmq.host=127.0.0.1",
        "spring.rabbitmq.username=guest",
        "spring.rabbitmq.password=guest",
        "spring.rabbitmq.connection-timeout=2s" })
class SupervisionFeedAmqpIT extends OpenHallIT {

    // The feed's health counts every undelivered event of the database: these tests count only their
    // own, on a database of their own.
    private static final RunningDatabase OWN_DATABASE = SeparateDatabase.start("feed");

    static final class OwnDatabase extends SeparateDatabase {

        @Override
        RunningDatabase database() {
            return OWN_DATABASE;
        }
    }


    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String EXCHANGE = "openhall.supervision.it-" + RUN;
    static final String QUEUE = "openhall.supervision.feed.it-" + RUN;
    static BrokerLine line;
    static CachingConnectionFactory consumerConnections;

    @DynamicPropertySource
    static void broker(DynamicPropertyRegistry registry) throws IOException {
        if (line == null && brokerReachable()) {
            line = new BrokerLine(5672);
        }
        registry.add("spring.rabbitmq.port", () -> line == null ? 5672 : line.port());
        registry.add("openhall.supervision-feed.amqp.exchange", () -> EXCHANGE);
        registry.add("openhall.supervision-feed.amqp.queue", () -> QUEUE);
        registry.add("openhall.supervision-feed.relay.interval", () -> "PT0.5S");
    }

    @BeforeAll
    static void requireBroker() {
        Assumptions.assumeTrue(brokerReachable(),
                "RabbitMQ is not reachable on 127.0.0.1:5672: start it (.ci/run does) to run the AMQP feed test");
        consumerConnections = new CachingConnectionFactory("127.0.0.1", 5672);
        consumerConnections.setUsername("guest");
        consumerConnections.setPassword("guest");
        // The consumer's side of the topology, the same the application declares on its first connection.
        org.springframework.amqp.rabbit.core.RabbitAdmin admin =
                new org.springframework.amqp.rabbit.core.RabbitAdmin(consumerConnections);
        org.springframework.amqp.core.TopicExchange exchange =
                new org.springframework.amqp.core.TopicExchange(EXCHANGE, true, false);
        org.springframework.amqp.core.Queue queue = new org.springframework.amqp.core.Queue(QUEUE, true);
        admin.declareExchange(exchange);
        admin.declareQueue(queue);
        admin.declareBinding(org.springframework.amqp.core.BindingBuilder.bind(queue).to(exchange).with("#"));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (consumerConnections != null) {
            org.springframework.amqp.rabbit.core.RabbitAdmin admin =
                    new org.springframework.amqp.rabbit.core.RabbitAdmin(consumerConnections);
            admin.deleteQueue(QUEUE);
            admin.deleteExchange(EXCHANGE);
            consumerConnections.destroy();
        }
        if (line != null) {
            line.close();
        }
    }

    private static boolean brokerReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5672), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void eventsWaitWhileTheBrokerIsAwayAndArriveOnceEachInOrderAfterwards() {
        today("2026-06-01T09:00:00");
        // The topology is declared on the first connection: make one while the line is up.
        String warmUp = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        List<Message> consumed = new ArrayList<>();
        RabbitTemplate consumer = new RabbitTemplate(consumerConnections);
        await().atMost(Duration.ofSeconds(30)).until(() -> drain(consumer, consumed)
                .contains("case:" + warmUp + ":1"));

        line.cut();
        String first = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        String second = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + first + "/acceptance", null).status()).isEqualTo(200);
        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + second + "/acceptance", null).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> get("admin:demo-Admin-2026", "/actuator/health").json()
                .path("components").path("supervisionFeed").path("details").path("undelivered").asInt() >= 4);
        assertThat(drain(consumer, consumed)).doesNotContain("case:" + first + ":1");

        line.restore();

        List<String> firstIds = eventIdsOf(first);
        List<String> secondIds = eventIdsOf(second);
        await().atMost(Duration.ofSeconds(60)).until(() -> drain(consumer, consumed).containsAll(firstIds)
                && drain(consumer, consumed).containsAll(secondIds));
        Set<String> ids = drain(consumer, consumed);
        assertThat(ids.stream().filter(i -> i.startsWith("case:" + first + ":")).toList())
                .containsExactlyElementsOf(firstIds);
        assertThat(ids.stream().filter(i -> i.startsWith("case:" + second + ":")).toList())
                .containsExactlyElementsOf(secondIds);
        // Nothing is left behind: every publication of the feed, warnings included, went out.
        await().atMost(Duration.ofSeconds(60)).until(() -> get("admin:demo-Admin-2026", "/actuator/health").json()
                .path("components").path("supervisionFeed").path("details").path("undelivered").asInt() == 0);
        assertThat(consumed).allMatch(m -> m.getMessageProperties().getContentType()
                .equals("application/cloudevents+json"));
    }

    /** Takes what the queue holds; answers the message ids de-duplicated, in first-arrival order. */
    private static Set<String> drain(RabbitTemplate consumer, List<Message> consumed) {
        Message message;
        while ((message = consumer.receive(QUEUE)) != null) {
            consumed.add(message);
        }
        Set<String> ids = new LinkedHashSet<>();
        consumed.forEach(m -> ids.add(m.getMessageProperties().getMessageId()));
        return ids;
    }

    /** The feed ids of a case's events: one per transition of its audit trail, numbered in order. */
    private List<String> eventIdsOf(String caseId) {
        int transitions = get(SUPERVISOR, "/api/v1/cases/" + caseId + "/history").json().path("transitions").size();
        return IntStream.rangeClosed(1, transitions).mapToObj(n -> "case:" + caseId + ":" + n).toList();
    }
}
