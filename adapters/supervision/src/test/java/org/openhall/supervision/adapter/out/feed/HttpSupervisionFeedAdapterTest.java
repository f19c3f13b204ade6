package org.openhall.supervision.adapter.out.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.supervision.application.port.out.SupervisionFeedUnavailable;

import com.sun.net.httpserver.HttpServer;

/** The HTTP transport against a real HTTP server on the loopback interface. */
class HttpSupervisionFeedAdapterTest {

    private HttpServer server;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failureStatus = 503;
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/events", exchange -> {
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = failuresLeft.getAndDecrement() > 0 ? failureStatus : 202;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpSupervisionFeedAdapter adapter(int attempts) {
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/events");
        return new HttpSupervisionFeedAdapter(new CloudEventsJson(URI.create("urn:openhall:centre:test")),
                new SupervisionFeedProperties.Http(endpoint, attempts, Duration.ofMillis(10), Duration.ofMillis(40),
                        Duration.ofSeconds(5)));
    }

    @Test
    void aFewServerErrorsAreRetriedWithinOneSendUnderTheSameKey() {
        failuresLeft.set(2);
        adapter(4).send(FeedEvents.accepted());
        assertThat(keys).containsExactly("case:c:1", "case:c:1", "case:c:1");
        assertThat(contentTypes).allMatch(t -> t.startsWith("application/cloudevents+json"));
        assertThat(bodies).allMatch(b -> b.contains("\"id\":\"case:c:1\"") && b.contains("\"specversion\":\"1.0\""));
    }

    @Test
    void aServerThatStaysDownFailsTheSendAfterTheLastTry() {
        failuresLeft.set(100);
        assertThatThrownBy(() -> adapter(3).send(FeedEvents.accepted())).isInstanceOf(SupervisionFeedUnavailable.class)
                .hasMessageContaining("HTTP 503");
        assertThat(keys).hasSize(3);
    }

    @Test
    void aRefusalIsNotRetried() {
        failuresLeft.set(1);
        failureStatus = 400;
        assertThatThrownBy(() -> adapter(4).send(FeedEvents.accepted())).isInstanceOf(SupervisionFeedUnavailable.class)
                .hasMessageContaining("HTTP 400");
        assertThat(keys).hasSize(1);
    }

    @Test
    void anUnreachableEndpointFailsTheSend() {
        HttpSupervisionFeedAdapter adapter = adapter(2);
        server.stop(0);
        assertThatThrownBy(() -> adapter.send(FeedEvents.accepted())).isInstanceOf(SupervisionFeedUnavailable.class);
    }
}
