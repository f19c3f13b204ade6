package org.openhall.audit.adapter.in.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.openhall.audit.application.port.in.RecordAuditEntryUseCase;
import org.openhall.audit.domain.AuditEntry;
import org.openhall.shared.adapter.in.web.ProblemFactory;
import org.openhall.shared.adapter.in.web.security.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records each {@link AuditedRequests audited request} once it has been answered (实时留痕): who
 * (the signed-in staff member, else {@code anonymous}), when, from which address, the action as
 * method and route pattern, the object as the route's variables, and the result (success, or the
 * problem code the request was refused with). Never the request body: it may hold personal data.
 *
 * <p>It sits in the security filter chain right after the security context is set up, so that it
 * also sees the 401 and 403 the chain answers itself, and still finds the authentication after
 * the rest of the chain returns.
 *
 * <p>The record is written after the request's own transaction committed, in a transaction of its
 * own: a change is never undone because its record failed. A record that cannot be written is
 * logged as an error ({@code AUDIT-LOST}) with everything it would have held.
 */
class AuditCaptureFilter extends OncePerRequestFilter {

    static final String ANONYMOUS = "anonymous";
    static final String SUCCESS = "success";

    private static final Logger LOG = LoggerFactory.getLogger(AuditCaptureFilter.class);

    private final RecordAuditEntryUseCase trail;
    private final Clock clock;

    AuditCaptureFilter(RecordAuditEntryUseCase trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            int status = failed ? 500 : response.getStatus();
            if (AuditedRequests.audited(request, status)) {
                record(request, status);
            }
        }
    }

    private void record(HttpServletRequest request, int status) {
        Instant now = clock.instant();
        AuditEntry entry;
        try {
            entry = new AuditEntry(now, clock.getZone().getRules().getOffset(now), limited(actor()),
                    limited(request.getRemoteAddr()), limited(action(request)), limited(object(request)),
                    limited(result(request, status)));
        } catch (RuntimeException invalid) {
            LOG.error("AUDIT-LOST: {} {} answered {} could not be described: {}", request.getMethod(),
                    AuditedRequests.pathOf(request), status, invalid.toString());
            return;
        }
        try {
            trail.record(entry);
        } catch (RuntimeException failure) {
            LOG.error("AUDIT-LOST: {}", entry, failure);
        }
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

    private static String action(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        // Refused before reaching a controller, a request has no route: its path stands in.
        return request.getMethod() + " " + (pattern != null ? pattern.toString() : AuditedRequests.pathOf(request));
    }

    private static String object(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            return variables.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(","));
        }
        return "";
    }

    private static String result(HttpServletRequest request, int status) {
        if (status < 400) {
            return SUCCESS;
        }
        Object code = request.getAttribute(ProblemFactory.CODE_ATTRIBUTE);
        return code != null ? code.toString() : "http-" + status;
    }
}
