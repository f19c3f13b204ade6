package org.openhall.shared.adapter.in.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Builds the RFC 9457 problem every error of the API is answered with: the status, its phrase as
 * {@code title}, the localized {@code detail}, the request path as {@code instance}, and as
 * extension members the stable {@code code} plus the problem's details (e.g. {@code lastDay}).
 *
 * <p>A code without a text of its own is explained by the text of its last word: problems such
 * as {@code <resource>.not-found} build their codes at run time from the resource's name.
 *
 * <p>Only what is built here reaches a client: texts from the bundles and values the problem
 * chose to publish — never an exception message, a class name or a stack trace.
 */
public final class ProblemFactory {

    /** The extension member that carries the stable code. */
    public static final String CODE = "code";
    /** The extension member that lists refused fields. */
    public static final String ERRORS = "errors";
    /**
     * The request attribute that holds the code of the problem a request was answered with, so
     * that whoever records the request's outcome (the audit trail) need not read the body.
     */
    public static final String CODE_ATTRIBUTE = ProblemFactory.class.getName() + ".code";
    /** The extension member that ties a 500 to its log entry. */
    public static final String TRACE_ID = "traceId";

    /** Members a detail of a problem may not overwrite. */
    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", CODE, ERRORS,
            TRACE_ID);

    private static final Logger log = LoggerFactory.getLogger(ProblemFactory.class);

    private final WebMessages messages;
    private final LocaleResolver locales;

    public ProblemFactory(WebMessages messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /**
     * A problem with {@code code}, its text filled from {@code details}; each detail is also
     * published as a member of its own.
     */
    public ProblemDetail create(HttpServletRequest request, HttpStatusCode status, String code,
            Map<String, ?> details) {
        return create(request, status, code, code, details);
    }

    /** As {@link #create(HttpServletRequest, HttpStatusCode, String, Map)}, with a text other than the code's own. */
    public ProblemDetail create(HttpServletRequest request, HttpStatusCode status, String code, String messageKey,
            Map<String, ?> details) {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(titleOf(status, locale));
        problem.setDetail(messages.find(messageKey, details, locale)
                .or(() -> messages.find(familyOf(messageKey), details, locale))
                .orElse(problem.getTitle()));
        problem.setInstance(URI.create(pathOf(request)));
        problem.setProperty(CODE, code);
        request.setAttribute(CODE_ATTRIBUTE, code);
        details.forEach((name, value) -> {
            if (RESERVED.contains(name)) {
                // Still part of the text above; as a member it would overwrite a standard one.
                log.debug("Detail '{}' of problem {} is not published: the name is reserved", name, code);
            } else {
                problem.setProperty(name, value);
            }
        });
        return problem;
    }

    /** A problem with one of the web layer's own codes. */
    public ProblemDetail create(HttpServletRequest request, WebProblemCode code, Map<String, ?> details) {
        return create(request, code.status(), code.code(), details);
    }

    /**
     * A failure nobody foresaw: logged in full under a fresh trace id, reported to the client as a
     * bare 500 with that id and nothing else of the failure. When the database is out of reach the
     * answer is a 503 instead: nothing is wrong with the request, it may simply be sent again.
     */
    public ProblemDetail unexpected(HttpServletRequest request, Throwable failure) {
        String traceId = UUID.randomUUID().toString();
        boolean outage = DatabaseOutage.causedBy(failure);
        if (outage) {
            log.warn("Database unreachable during {} {} [traceId={}]", request.getMethod(), pathOf(request), traceId,
                    failure);
        } else {
            log.error("Unexpected failure of {} {} [traceId={}]", request.getMethod(), pathOf(request), traceId,
                    failure);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(TRACE_ID, traceId);
        ProblemDetail problem = create(request, outage ? WebProblemCode.SERVICE_UNAVAILABLE
                : WebProblemCode.INTERNAL_ERROR, details);
        problem.setProperty(TRACE_ID, traceId);
        return problem;
    }

    /**
     * The last word of a code, whose text stands for a whole family of codes built at run time,
     * e.g. {@code concurrent-update} for {@code case.concurrent-update}.
     */
    private static String familyOf(String code) {
        return code.substring(code.lastIndexOf('.') + 1);
    }

    private String titleOf(HttpStatusCode status, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String phrase = known == null ? "HTTP " + status.value() : known.getReasonPhrase();
        return messages.get("title." + status.value(), Map.of(), locale, phrase);
    }

    /** The path the client asked for, also when the container forwarded the request to its error page. */
    private static String pathOf(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        try {
            URI.create(path);
            return path;
        } catch (IllegalArgumentException notAUri) {
            // A path the firewall rejected may not even be a valid URI reference.
            return "/";
        }
    }
}
