package org.openhall.shared.adapter.in.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.openhall.shared.adapter.in.web.security.WebSecurityConfiguration;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;

/**
 * Turns every failure of a request into an RFC 9457 {@code application/problem+json} answer with a
 * stable {@code code}: the domain's problems by their kind (400, 403, 404, 409, 422), the HTTP
 * stack's refusals (unreadable body, failed validation, unknown path, wrong method or media type),
 * refused sign-ins and roles (401, 403), and anything unforeseen as a 500 that carries only a
 * trace id.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** What Spring says when a required body is absent; the only sign that tells it from a broken one. */
    private static final String BODY_MISSING = "Required request body is missing";

    private final ProblemFactory problems;

    public ProblemDetailsAdvice(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<ProblemDetail> domainProblem(DomainProblem problem, HttpServletRequest request) {
        log.debug("{} {} refused: {} ({})", request.getMethod(), request.getRequestURI(), problem.code(),
                problem.getMessage());
        HttpStatus status = statusOf(problem.kind());
        return ResponseEntity.status(status).body(problems.create(request, status, problem.code(), problem.details()));
    }

    /** A lost optimistic lock that reached us without being translated by the use case. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> concurrentUpdate(ConcurrencyFailureException failure, HttpServletRequest request) {
        log.info("{} {} lost a concurrent update", request.getMethod(), request.getRequestURI(), failure);
        return respond(problems.create(request, WebProblemCode.CONCURRENT_UPDATE, Map.of()), new HttpHeaders());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException refused, HttpServletRequest request) {
        if (refused instanceof AuthenticationServiceException) {
            // Not a wrong password: the staff directory itself failed (e.g. its database is down).
            // Saying "please sign in" would send the clerk after the wrong cause and hide the fault.
            return respond(problems.unexpected(request, refused), new HttpHeaders());
        }
        log.debug("{} {} not authenticated: {}", request.getMethod(), request.getRequestURI(), refused.getMessage());
        HttpHeaders headers = new HttpHeaders();
        // RFC 6750: a token was presented but is not good (expired session, bad JWT) — say so.
        String challenge = "Bearer realm=\"" + WebSecurityConfiguration.REALM + "\""
                + (refused instanceof InvalidBearerTokenException ? ", error=\"invalid_token\"" : "");
        headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return respond(problems.create(request, WebProblemCode.UNAUTHENTICATED, Map.of()), headers);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException refused, HttpServletRequest request) {
        log.debug("{} {} forbidden: {}", request.getMethod(), request.getRequestURI(), refused.getMessage());
        return respond(problems.create(request, WebProblemCode.FORBIDDEN, Map.of()), new HttpHeaders());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        return respond(problems.unexpected(request, failure), new HttpHeaders());
    }

    /** Every refusal of the HTTP stack that {@link ResponseEntityExceptionHandler} recognises ends here. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest webRequest) {
        HttpServletRequest request = ((ServletWebRequest) webRequest).getRequest();
        ProblemDetail problem;
        if (status.is5xxServerError()) {
            problem = problems.unexpected(request, ex);
        } else {
            log.debug("{} {} refused by the HTTP layer: {}", request.getMethod(), request.getRequestURI(),
                    ex.getMessage());
            problem = refusal(ex, status, request);
        }
        return super.handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()),
                webRequest);
    }

    private ProblemDetail refusal(Exception ex, HttpStatusCode status, HttpServletRequest request) {
        Map<String, Object> details = new LinkedHashMap<>();
        return switch (ex) {
            case MethodArgumentNotValidException invalid -> {
                ProblemDetail problem = problems.create(request, WebProblemCode.REQUEST_INVALID, details);
                problem.setProperty(ProblemFactory.ERRORS, fieldErrors(invalid.getBindingResult().getAllErrors(), ""));
                yield problem;
            }
            case HandlerMethodValidationException invalid -> {
                List<FieldMessage> errors = new ArrayList<>();
                invalid.getParameterValidationResults().forEach(result -> errors.addAll(
                        fieldErrors(result.getResolvableErrors(), result.getMethodParameter().getParameterName())));
                errors.sort(Comparator.comparing(FieldMessage::field));
                ProblemDetail problem = problems.create(request, WebProblemCode.REQUEST_INVALID, details);
                problem.setProperty(ProblemFactory.ERRORS, errors);
                yield problem;
            }
            case HttpMessageNotReadableException unreadable -> {
                if (unreadable.getMessage() != null && unreadable.getMessage().startsWith(BODY_MISSING)) {
                    yield problems.create(request, WebProblemCode.REQUEST_BODY_MISSING, details);
                }
                String field = jsonPathOf(unreadable);
                if (field.isEmpty()) {
                    yield problems.create(request, WebProblemCode.REQUEST_MALFORMED, details);
                }
                details.put("field", field);
                WebProblemCode malformed = WebProblemCode.REQUEST_MALFORMED;
                yield problems.create(request, malformed.status(), malformed.code(), malformed.code() + ".field",
                        details);
            }
            case MethodArgumentTypeMismatchException mismatch -> {
                details.put("parameter", mismatch.getName());
                yield problems.create(request, WebProblemCode.PARAMETER_INVALID, details);
            }
            case TypeMismatchException mismatch -> {
                details.put("parameter", String.valueOf(mismatch.getPropertyName()));
                yield problems.create(request, WebProblemCode.PARAMETER_INVALID, details);
            }
            case MissingServletRequestParameterException missing -> {
                details.put("parameter", missing.getParameterName());
                yield problems.create(request, WebProblemCode.PARAMETER_MISSING, details);
            }
            case MissingRequestHeaderException missing -> {
                details.put("parameter", missing.getHeaderName());
                yield problems.create(request, WebProblemCode.PARAMETER_MISSING, details);
            }
            case NoResourceFoundException notFound -> problems.create(request, WebProblemCode.RESOURCE_NOT_FOUND, details);
            case NoHandlerFoundException notFound -> problems.create(request, WebProblemCode.RESOURCE_NOT_FOUND, details);
            case HttpRequestMethodNotSupportedException method -> {
                details.put("method", method.getMethod());
                yield problems.create(request, WebProblemCode.METHOD_NOT_ALLOWED, details);
            }
            case HttpMediaTypeNotSupportedException media ->
                problems.create(request, WebProblemCode.UNSUPPORTED_MEDIA_TYPE, details);
            case HttpMediaTypeNotAcceptableException media ->
                problems.create(request, WebProblemCode.NOT_ACCEPTABLE, details);
            case MaxUploadSizeExceededException tooLarge ->
                problems.create(request, WebProblemCode.PAYLOAD_TOO_LARGE, details);
            default -> problems.create(request, status, WebProblemCode.forStatus(status.value()).code(), details);
        };
    }

    /** One refused field: its JSON path and what is wrong, in the caller's language. */
    public record FieldMessage(String field, String message) {
    }

    private static List<FieldMessage> fieldErrors(List<? extends MessageSourceResolvable> errors, String prefix) {
        return errors.stream().map(error -> {
            String field = switch (error) {
                case FieldError fieldError -> join(prefix, fieldError.getField());
                case ObjectError objectError -> prefix.isEmpty() ? objectError.getObjectName() : prefix;
                default -> prefix;
            };
            // The default message is the validator's, already interpolated in the request's locale.
            return new FieldMessage(field, error.getDefaultMessage());
        }).sorted(Comparator.comparing(FieldMessage::field)).toList();
    }

    private static String join(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    /** Where in the body the reader gave up, e.g. {@code applicant.idNumber} or {@code materials[2]}. */
    private static String jsonPathOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json && !json.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference step : json.getPath()) {
                    if (step.getPropertyName() != null) {
                        if (!path.isEmpty()) {
                            path.append('.');
                        }
                        path.append(step.getPropertyName());
                    } else if (step.getIndex() >= 0) {
                        path.append('[').append(step.getIndex()).append(']');
                    }
                }
                return path.toString();
            }
        }
        return "";
    }

    private static HttpStatus statusOf(ProblemKind kind) {
        return switch (kind) {
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }
}
