package org.openhall.servicecase.adapter.in.web.track;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Links to the public tracking page of a case, {@code {public-base-url}/track/{number}}: what the QR
 * codes on printed notices encode. The base URL is where the public reaches this installation
 * (configuration {@code openhall.centre.public-base-url}), not where the server happens to listen.
 */
@Component
public class TrackingLinks {

    /** The configuration key of the public base URL. */
    public static final String BASE_URL_PROPERTY = "openhall.centre.public-base-url";

    private final String baseUrl;

    public TrackingLinks(@Value("${" + BASE_URL_PROPERTY + "}") String baseUrl) {
        URI uri = URI.create(baseUrl.strip());
        if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException(BASE_URL_PROPERTY + " must be an absolute http(s) URL: " + baseUrl);
        }
        String text = uri.toString();
        this.baseUrl = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The tracking page of the case numbered {@code caseNumber}. */
    public String trackingUrl(String caseNumber) {
        return baseUrl + "/track/" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8);
    }
}
