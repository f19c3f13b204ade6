package org.openhall.audit.adapter.in.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests leave an audit record (留痕范围): every request that may change state (POST, PUT,
 * PATCH, DELETE — reveals of personal data are POSTs too), every refused one (401, 403) whatever
 * its method, and every reading of the audit trail itself. Plain reads of other data are not
 * recorded: they change nothing and reveal only masked data.
 */
final class AuditedRequests {

    /** The audit administrator's own API: reading the trail is itself audited. */
    static final String AUDIT_API = "/api/v1/audit/";

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private AuditedRequests() {
    }

    static boolean audited(HttpServletRequest request, int status) {
        return auditedWhateverTheAnswer(request) || status == 401 || status == 403;
    }

    /** Recorded whatever the answer: what may change state, and every reading of the trail. */
    static boolean auditedWhateverTheAnswer(HttpServletRequest request) {
        return STATE_CHANGING.contains(request.getMethod()) || pathOf(request).startsWith(AUDIT_API);
    }

    static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
