package org.openhall.shared.adapter.in.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers what Tomcat refuses before the application sees the request — a path with an encoded NUL
 * or other bytes its URI check rejects — as problem+json like every other error, instead of
 * Tomcat's HTML page (which names the server). Texts come from the same bundles as the
 * application's problems, in Chinese unless the client asks for English.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        WebProblemCode code = WebProblemCode.forStatus(status);
        ResourceBundle texts = textsFor(request.getHeader("Accept-Language"));
        Map<String, Object> problem = new LinkedHashMap<>();
        HttpStatus known = HttpStatus.resolve(status);
        problem.put("title", text(texts, "title." + status, known == null ? "HTTP " + status : known.getReasonPhrase()));
        problem.put("status", status);
        String detail = text(texts, code.code(), "");
        if (status >= 500) {
            String traceId = UUID.randomUUID().toString();
            log.error("Unexpected failure before the application [traceId={}]", traceId, throwable);
            detail = detail.replace("{traceId}", traceId);
            problem.put(ProblemFactory.TRACE_ID, traceId);
        }
        problem.put("detail", detail);
        problem.put(ProblemFactory.CODE, code.code());
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the problem of a refused request", e);
        }
    }

    private static ResourceBundle textsFor(String acceptLanguage) {
        Locale locale = acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ROOT : Locale.SIMPLIFIED_CHINESE;
        try {
            return ResourceBundle.getBundle("i18n/messages", locale, ProblemErrorReportValve.class.getClassLoader(),
                    NO_FALLBACK);
        } catch (MissingResourceException none) {
            return null;
        }
    }

    private static String text(ResourceBundle texts, String key, String otherwise) {
        try {
            return texts == null ? otherwise : texts.getString(key);
        } catch (MissingResourceException none) {
            return otherwise;
        }
    }
}
