package org.openhall.bootstrap;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A regional supervision system as the feed meets it: a real HTTP server on the loopback interface that
 * takes CloudEvents, de-duplicates on their id as a receiver must, and can be switched to answer 503.
 */
public final class SupervisionFeedPeer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private volatile boolean failing;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final Map<String, JsonNode> firstById = new LinkedHashMap<>();

    private SupervisionFeedPeer(HttpServer server) {
        this.server = server;
    }

    public static SupervisionFeedPeer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            SupervisionFeedPeer peer = new SupervisionFeedPeer(server);
            server.createContext("/events", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                JsonNode event = JSON.readTree(body);
                if (peer.failing) {
                    peer.refused.add(event.path("id").asString());
                    exchange.sendResponseHeaders(503, -1);
                } else {
                    peer.take(event, exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                    exchange.sendResponseHeaders(202, -1);
                }
                exchange.close();
            });
            server.start();
            return peer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized void take(JsonNode event, String idempotencyKey) {
        if (!event.path("id").asString().equals(idempotencyKey)) {
            throw new IllegalStateException("Idempotency-Key differs from the event id");
        }
        received.add(event);
        firstById.putIfAbsent(event.path("id").asString(), event);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
    }

    void failing(boolean failing) {
        this.failing = failing;
    }

    /** Every event taken, duplicates included, in arrival order. */
    public List<JsonNode> received() {
        return List.copyOf(received);
    }

    /** The ids answered with 503. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    /** The events of one case after de-duplication, in the order they first arrived. */
    public synchronized List<JsonNode> ofCase(String caseId) {
        List<JsonNode> events = new ArrayList<>();
        // Supervision's warnings about the case carry its id too; they are not events of the case.
        firstById.values().stream().filter(e -> e.path("caseid").asString().equals(caseId))
                .filter(e -> e.path("id").asString().startsWith("case:")).forEach(events::add);
        return events;
    }

    /** How often an event id arrived. */
    public long timesReceived(String id) {
        return received.stream().filter(e -> e.path("id").asString().equals(id)).count();
    }
}
