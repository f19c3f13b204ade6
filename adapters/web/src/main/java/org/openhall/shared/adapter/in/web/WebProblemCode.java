package org.openhall.shared.adapter.in.web;

import org.springframework.http.HttpStatus;

/**
 * The stable codes of problems that the web layer itself reports — the request could not be read,
 * the caller is not signed in, an unexpected failure — as opposed to the codes of domain problems.
 * Clients key on these codes; the message bundles have a text for each.
 */
public enum WebProblemCode {

    /** Bean validation refused fields of the request; the problem lists them. */
    REQUEST_INVALID("request.invalid", HttpStatus.BAD_REQUEST),
    /** The body is not JSON, or a value in it has the wrong type (e.g. an unknown enum constant). */
    REQUEST_MALFORMED("request.malformed", HttpStatus.BAD_REQUEST),
    /** The operation needs a body and none was sent. */
    REQUEST_BODY_MISSING("request.body-missing", HttpStatus.BAD_REQUEST),
    /** A path or query parameter cannot be read as its type (a case id that is no UUID, a status that does not exist). */
    PARAMETER_INVALID("request.invalid-parameter", HttpStatus.BAD_REQUEST),
    /** A required query parameter or header is missing. */
    PARAMETER_MISSING("request.missing-parameter", HttpStatus.BAD_REQUEST),
    /** No or wrong credentials. */
    UNAUTHENTICATED("auth.unauthenticated", HttpStatus.UNAUTHORIZED),
    /** Signed in, but the role does not allow this operation. */
    FORBIDDEN("auth.forbidden", HttpStatus.FORBIDDEN),
    /** Nothing is served at this path. */
    RESOURCE_NOT_FOUND("resource.not-found", HttpStatus.NOT_FOUND),
    /** The path exists, but not for this HTTP method. */
    METHOD_NOT_ALLOWED("request.method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    /** The client accepts no representation the API can produce. */
    NOT_ACCEPTABLE("request.not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    /** Someone else changed the record between read and write; nothing of this change was written. */
    CONCURRENT_UPDATE("concurrent-update", HttpStatus.CONFLICT),
    /** The request is larger than the server takes. */
    PAYLOAD_TOO_LARGE("request.too-large", HttpStatus.CONTENT_TOO_LARGE),
    /** The body is not JSON (e.g. a form or plain text). */
    UNSUPPORTED_MEDIA_TYPE("request.unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** Any other client error the HTTP stack reports. */
    REQUEST_FAILED("request.failed", HttpStatus.BAD_REQUEST),
    /** A failure of the server; the problem carries a trace id to find it in the log. */
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR),
    /** The server is temporarily unable to answer. */
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE);

    private final String code;
    private final HttpStatus status;

    WebProblemCode(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    /** The status this problem is usually reported with. */
    public HttpStatus status() {
        return status;
    }

    /** The code for a bare HTTP status, when nothing more specific is known of the failure. */
    public static WebProblemCode forStatus(int status) {
        return switch (status) {
            case 400 -> REQUEST_FAILED;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> RESOURCE_NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : REQUEST_FAILED;
        };
    }
}
