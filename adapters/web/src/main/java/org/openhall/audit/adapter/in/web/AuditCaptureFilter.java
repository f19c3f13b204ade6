package org.openhall.audit.adapter.in.web;

import java.io.IOException;
import java.time.Clock;

import org.openhall.audit.application.port.in.RecordAuditEntryUseCase;
import org.openhall.audit.domain.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records each {@link AuditedRequests audited request} (实时留痕): who (the signed-in staff member,
 * else {@code anonymous}), when it was received, from which address, the action as method and
 * route pattern, the object as the route's variables, and the result (success, or the problem code
 * the request was refused with). Never the request body: it may hold personal data.
 *
 * <p>It sits in the security filter chain right after the security context is set up, so that it
 * also sees the 401 and 403 the chain answers itself, and still finds the authentication after
 * the rest of the chain returns.
 *
 * <p>While the request is handled it keeps an {@link AuditedRequest} open on the thread, and
 * {@link AuditRecordingTransactions} writes the record in the transaction that commits the change:
 * the two commit together or not at all. A request that committed nothing (refused, invalid, in
 * conflict, or a plain read of the trail) is recorded here once answered, in a transaction of its
 * own. A request whose change committed but which was then answered with an error gets a second
 * record with that error, so that the trail never shows only "success" for it. A record that
 * cannot be written here is logged as an error ({@code AUDIT-LOST}) with everything it would have
 * held: there is no change left to undo.
 */
class AuditCaptureFilter extends OncePerRequestFilter {

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
        AuditedRequest audited = AuditedRequest.open(request, clock);
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            audited.close();
            int status = failed ? 500 : response.getStatus();
            if (AuditedRequests.audited(request, status) && (!audited.written() || status >= 400)) {
                record(audited, request, status);
            }
        }
    }

    private void record(AuditedRequest audited, HttpServletRequest request, int status) {
        AuditEntry entry;
        try {
            entry = audited.entry(audited.resultOf(status));
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
}
