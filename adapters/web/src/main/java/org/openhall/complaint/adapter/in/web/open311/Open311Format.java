package org.openhall.complaint.adapter.in.web.open311;

import org.openhall.shared.domain.InvalidValue;
import org.springframework.http.MediaType;

/** The two response formats of GeoReport v2, chosen by the path's extension ({@code .json}, {@code .xml}). */
enum Open311Format {
    JSON(MediaType.APPLICATION_JSON),
    XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    static Open311Format of(String extension) {
        if ("json".equalsIgnoreCase(extension)) {
            return JSON;
        }
        if ("xml".equalsIgnoreCase(extension)) {
            return XML;
        }
        throw new InvalidValue("format", "must be json or xml");
    }

    /** The format a failed request asked for, read from its path; JSON when it names none. */
    static Open311Format ofPath(String path) {
        return path != null && path.toLowerCase(java.util.Locale.ROOT).endsWith(".xml") ? XML : JSON;
    }
}
