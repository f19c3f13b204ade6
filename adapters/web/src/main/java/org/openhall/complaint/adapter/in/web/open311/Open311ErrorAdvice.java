package org.openhall.complaint.adapter.in.web.open311;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.openhall.shared.adapter.in.web.ProblemFactory;
import org.openhall.shared.domain.DomainProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Failures of the Open311 endpoints as GeoReport v2 errors: a list of {@code code} (the HTTP status)
 * and {@code description} (the same text, in the caller's language, that the staff API's
 * problem+json would carry), in the format the request's path asked for.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Open311ErrorAdvice {

    private final ProblemFactory problems;

    public Open311ErrorAdvice(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<String> domainProblem(DomainProblem problem, HttpServletRequest request) {
        HttpStatus status = switch (problem.kind()) {
            case BAD_REQUEST, UNPROCESSABLE -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail text = problems.create(request, status, problem.code(), problem.details());
        return error(request, status, text.getDetail());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<String> notForm(HttpMediaTypeNotSupportedException failure, HttpServletRequest request) {
        return error(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "A service request is posted as application/x-www-form-urlencoded");
    }

    private static ResponseEntity<String> error(HttpServletRequest request, HttpStatus status, String description) {
        Open311Format format = Open311Format.ofPath(request.getRequestURI());
        Open311Document errors = new Open311Document("errors", "error",
                List.of(Open311Records.error(status.value(), description)));
        return ResponseEntity.status(status).contentType(format.mediaType()).body(errors.render(format));
    }
}
