package org.openhall.audit.adapter.in.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openhall.audit.domain.AuditEntry;
import org.openhall.shared.adapter.in.web.ProblemFactory;
import org.openhall.shared.adapter.in.web.security.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The request being handled on this thread, as the audit trail describes it (在办请求), and whether
 * its record is written already. The {@link AuditCaptureFilter} opens it when the request comes in
 * and closes it when the request has been answered; in between, {@link AuditRecordingTransactions}
 * writes the record inside the first read-write transaction the request commits.
 *
 * <p>Bound to the request's thread: work handed to other threads (event listeners run later, jobs)
 * is not the request's and leaves no record in its name.
 */
final class AuditedRequest {

    static final String ANONYMOUS = "anonymous";
    static final String SUCCESS = "success";

    private static final ThreadLocal<AuditedRequest> CURRENT = new ThreadLocal<>();

    private final HttpServletRequest request;
    private final Instant receivedAt;
    private final Clock clock;
    private final @Nullable AuditedRequest outer;
    private boolean written;

    private AuditedRequest(HttpServletRequest request, Clock clock, @Nullable AuditedRequest outer) {
        this.request = request;
        this.clock = clock;
        this.receivedAt = clock.instant();
        this.outer = outer;
    }

    /** Starts describing {@code request} on this thread, until {@link #close()}. */
    static AuditedRequest open(HttpServletRequest request, Clock clock) {
        AuditedRequest opened = new AuditedRequest(request, clock, CURRENT.get());
        CURRENT.set(opened);
        return opened;
    }

    /** The request this thread is handling, if it is open. */
    static @Nullable AuditedRequest current() {
        return CURRENT.get();
    }

    /** Stops describing the request on this thread: transactions that start later are not its work. */
    void close() {
        if (outer != null) {
            CURRENT.set(outer);
        } else {
            CURRENT.remove();
        }
    }

    /**
     * Whether a transaction committed now is the request's own change and must carry its record: the
     * request reached its controller (a route was chosen; work the security chain does before, such
     * as counting a failed sign-in, is not the change the request asks for) and it is one the trail
     * records whatever its answer.
     */
    boolean recordsWithItsChange() {
        return !written && request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) != null
                && AuditedRequests.auditedWhateverTheAnswer(request);
    }

    boolean written() {
        return written;
    }

    void markWritten() {
        written = true;
    }

    /** The record of the request with {@code result}, at the time it was received. */
    AuditEntry entry(String result) {
        return new AuditEntry(receivedAt, clock.getZone().getRules().getOffset(receivedAt), limited(actor()),
                limited(request.getRemoteAddr()), limited(action()), limited(object()), limited(result));
    }

    /** {@code success} below 400, else the problem code the request was refused with. */
    String resultOf(int status) {
        if (status < 400) {
            return SUCCESS;
        }
        Object code = request.getAttribute(ProblemFactory.CODE_ATTRIBUTE);
        return code != null ? code.toString() : "http-" + status;
    }

    /** A path of absurd length is still recorded, cut short, rather than lost. */
    private static String limited(String value) {
        return value != null && value.length() > AuditEntry.MAX_FIELD_LENGTH
                ? value.substring(0, AuditEntry.MAX_FIELD_LENGTH - 1) + "…" : value;
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return staff.actor().username();
        }
        return ANONYMOUS;
    }

    private String action() {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        // Refused before reaching a controller, a request has no route: its path stands in.
        return request.getMethod() + " " + (pattern != null ? pattern.toString() : AuditedRequests.pathOf(request));
    }

    private String object() {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            return variables.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(","));
        }
        return "";
    }
}
