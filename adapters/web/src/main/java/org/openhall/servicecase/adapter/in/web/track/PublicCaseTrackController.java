package org.openhall.servicecase.adapter.in.web.track;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.openhall.shared.adapter.in.web.ProblemFactory;
import org.openhall.shared.adapter.in.web.WebMessages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Public case tracking (办件进度查询) for programs: no sign-in; the case number and the last four
 * characters of the applicant's identity number or phone stand in for it.
 */
@RestController
@SecurityRequirements
@Tag(name = "Public case tracking", description = "A case's progress for anyone with its number and a second factor")
public class PublicCaseTrackController {

    private final ThrottledCaseTracking tracking;
    private final WebMessages messages;
    private final ProblemFactory problems;

    public PublicCaseTrackController(ThrottledCaseTracking tracking, WebMessages messages, ProblemFactory problems) {
        this.tracking = tracking;
        this.messages = messages;
        this.problems = problems;
    }

    @GetMapping("/api/v1/public/cases/{number}/track")
    @Operation(summary = "Shows a case's progress (办件进度查询)",
            description = "check: the last 4 characters of the applicant's ID number or the last 4 digits of the "
                    + "phone. An unknown number and a wrong check give the same 404; repeated failures from one "
                    + "address are answered with 429 for a while.")
    @ApiResponse(responseCode = "200", description = "The case, masked")
    @ApiResponse(responseCode = "404", description = "case.track-not-found: no case with this number and check")
    @ApiResponse(responseCode = "429", description = "track.too-many-attempts; Retry-After says when to try again")
    public ResponseEntity<PublicCaseTrackResponse> track(@PathVariable String number, @RequestParam String check,
            HttpServletRequest request, Locale locale) {
        PublicCaseTrackResponse body = PublicCaseTrackResponse.of(
                tracking.track(request.getRemoteAddr(), number, check), messages, locale);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    @ExceptionHandler(TrackingThrottled.class)
    ResponseEntity<ProblemDetail> throttled(TrackingThrottled throttled, HttpServletRequest request) {
        long seconds = throttled.retryAfterSeconds();
        ProblemDetail problem = problems.create(request, HttpStatus.TOO_MANY_REQUESTS, TrackingThrottled.CODE,
                Map.of("retryAfterMinutes", (seconds + 59) / 60));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
    }
}
