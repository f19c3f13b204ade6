package org.openhall.shared.adapter.in.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The servlet container's error page: what failed before or outside a controller — a request the
 * firewall rejected, an exception in a filter — is answered as a problem too, instead of with the
 * container's or Spring Boot's own error body.
 */
@Controller
@Hidden
public class ProblemErrorController implements ErrorController {

    private final ProblemFactory problems;

    public ProblemErrorController(ProblemFactory problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatusCode status = statusOf(request);
        ProblemDetail problem;
        if (status.value() == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            problem = problems.unexpected(request, failure instanceof Throwable cause ? cause
                    : new IllegalStateException("The container reported an error without an exception"));
        } else {
            problem = problems.create(request, status, WebProblemCode.forStatus(status.value()).code(), Map.of());
        }
        // The problem may have chosen another status (503 when the database is out of reach).
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static HttpStatusCode statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && value >= 400 && value <= 599) {
            return HttpStatusCode.valueOf(value);
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
