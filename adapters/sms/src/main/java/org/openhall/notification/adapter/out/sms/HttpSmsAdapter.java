package org.openhall.notification.adapter.out.sms;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.notification.application.port.out.OutgoingSms;
import org.openhall.notification.application.port.out.Reconciliation;
import org.openhall.notification.application.port.out.SendOutcome;
import org.openhall.notification.application.port.out.SmsPort;

/**
 * An HTTP SMS gateway, in the request shape {@code openhall.sms.http.style} names ({@link CloudSmsShape}
 * or {@link KannelShape}). Transport failures are sorted by what they prove: a connection that never
 * opened proves the message stayed home (not sent); a timeout or reset after the request left proves
 * nothing (unknown — the gateway is asked before any resend).
 */
@SecondaryAdapter
public class HttpSmsAdapter implements SmsPort {

    private final HttpClient client;
    private final HttpRequestShape shape;

    public HttpSmsAdapter(HttpGatewayProperties properties) {
        // HTTP/1.1: SMS gateways (Kannel among them) do not speak h2c, and an upgrade attempt gains nothing.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(properties.timeout())
                .build();
        this.shape = switch (properties.style()) {
            case "cloud" -> new CloudSmsShape(properties);
            case "kannel" -> new KannelShape(properties);
            default -> throw new IllegalArgumentException(
                    "openhall.sms.http.style must be cloud or kannel, not " + properties.style());
        };
    }

    @Override
    public SendOutcome send(OutgoingSms sms) {
        HttpResponse<String> response;
        try {
            response = client.send(shape.sendRequest(sms), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            return new SendOutcome.NotSent("gateway unreachable (connect timeout)");
        } catch (HttpTimeoutException e) {
            return new SendOutcome.Unknown("no answer in time after sending");
        } catch (IOException e) {
            return neverConnected(e) ? new SendOutcome.NotSent("gateway unreachable (connection refused)")
                    : new SendOutcome.Unknown("connection broke: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendOutcome.Unknown("interrupted while sending");
        }
        return shape.interpret(response, sms);
    }

    @Override
    public Reconciliation query(String idempotencyKey, String messageId) {
        Optional<HttpRequest> request = shape.queryRequest(idempotencyKey, messageId);
        if (request.isEmpty()) {
            return new Reconciliation.Unsupported(shape.name() + " gateways have no query");
        }
        try {
            return shape.interpretQuery(client.send(request.get(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return new Reconciliation.Inconclusive("query failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reconciliation.Inconclusive("interrupted while asking");
        }
    }

    private static boolean neverConnected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
