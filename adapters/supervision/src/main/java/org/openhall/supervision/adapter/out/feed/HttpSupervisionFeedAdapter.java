package org.openhall.supervision.adapter.out.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.openhall.supervision.application.port.out.SupervisionFeedEvent;
import org.openhall.supervision.application.port.out.SupervisionFeedPort;
import org.openhall.supervision.application.port.out.SupervisionFeedUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs each event to the supervision system's endpoint as one structured CloudEvent. A 2xx answer is a
 * delivery; 5xx, 408, 429 and network failures are retried a few times with doubling pauses inside the
 * one call; anything else, or the last failure, throws, and the event waits for the next attempt.
 *
 * <p>The receiver de-duplicates on the event id, sent as {@code Idempotency-Key} and {@code ce-id}
 * besides the body, so the resend of an event whose answer got lost does no harm.
 */
public class HttpSupervisionFeedAdapter implements SupervisionFeedPort {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSupervisionFeedAdapter.class);

    private final HttpClient client;
    private final CloudEventsJson cloudEvents;
    private final SupervisionFeedProperties.Http settings;
    private final URI endpoint;

    public HttpSupervisionFeedAdapter(CloudEventsJson cloudEvents, SupervisionFeedProperties.Http settings) {
        if (settings.endpoint() == null) {
            throw new IllegalStateException("openhall.supervision-feed.http.endpoint is required for the http transport");
        }
        this.cloudEvents = cloudEvents;
        this.settings = settings;
        this.endpoint = settings.endpoint();
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public void send(SupervisionFeedEvent event) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(settings.timeout())
                .header("Content-Type", CloudEventsJson.MEDIA_TYPE + "; charset=utf-8")
                .header("Idempotency-Key", event.id())
                .header("ce-id", event.id())
                .POST(HttpRequest.BodyPublishers.ofString(cloudEvents.write(event), StandardCharsets.UTF_8))
                .build();
        Duration pause = settings.initialBackoff();
        String lastFailure = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return;
                }
                lastFailure = "HTTP " + status;
                if (!retryable(status)) {
                    throw new SupervisionFeedUnavailable(
                            "Supervision system refused event " + event.id() + " with " + lastFailure);
                }
            } catch (IOException e) {
                lastFailure = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SupervisionFeedUnavailable("Interrupted while sending event " + event.id(), e);
            }
            if (attempt < settings.attempts()) {
                LOG.debug("Event {} not delivered ({}), try {} of {}", event.id(), lastFailure, attempt,
                        settings.attempts());
                sleep(pause);
                pause = min(pause.multipliedBy(2), settings.maxBackoff());
            }
        }
        throw new SupervisionFeedUnavailable("Supervision system did not take event " + event.id() + " after "
                + settings.attempts() + " tries: " + lastFailure);
    }

    @Override
    public String transport() {
        return "http";
    }

    private static boolean retryable(int status) {
        return status >= 500 || status == 408 || status == 429;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SupervisionFeedUnavailable("Interrupted while waiting to resend", e);
        }
    }
}
