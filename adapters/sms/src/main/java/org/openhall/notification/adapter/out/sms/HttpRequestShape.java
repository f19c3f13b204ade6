package org.openhall.notification.adapter.out.sms;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.openhall.notification.application.port.out.OutgoingSms;
import org.openhall.notification.application.port.out.Reconciliation;
import org.openhall.notification.application.port.out.SendOutcome;

/** How one kind of HTTP gateway wants its requests and what its answers mean. */
interface HttpRequestShape {

    String name();

    HttpRequest sendRequest(OutgoingSms sms);

    /** What an answer (any status) says about the send. */
    SendOutcome interpret(HttpResponse<String> response, OutgoingSms sms);

    /** The request that asks about an earlier send, or empty when the gateway has no such query. */
    Optional<HttpRequest> queryRequest(String idempotencyKey, String messageId);

    Reconciliation interpretQuery(HttpResponse<String> response);
}
