package org.openhall.complaint.adapter.in.web.hotline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.openhall.complaint.application.port.in.CallEventCommand;
import org.openhall.complaint.application.port.in.HotlineCallView;
import org.openhall.complaint.application.port.in.ReceiveCallEventUseCase;
import org.openhall.shared.adapter.in.web.ProblemFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The generic CTI webhook (话务事件接口): any call-centre system posts its call events here as JSON
 * with the shared token in {@value #TOKEN_HEADER}. Without a configured token
 * ({@code openhall.telephony.cti.token}) the endpoint does not exist, so that an installation
 * without a CTI offers no door to forge calls through.
 */
@RestController
@SecurityRequirements
@Tag(name = "CTI webhook", description = "Call events from the call-centre system (token-protected)")
public class CtiWebhookController {

    static final String PATH = "/api/v1/hotline/cti/events";
    static final String TOKEN_HEADER = "X-OpenHall-Cti-Token";

    private final ReceiveCallEventUseCase events;
    private final ProblemFactory problems;
    private final byte[] token;

    public CtiWebhookController(ReceiveCallEventUseCase events, ProblemFactory problems,
            @Value("${openhall.telephony.cti.token:}") String token) {
        this.events = events;
        this.problems = problems;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(PATH)
    @Operation(summary = "Takes one call event (RINGING, ANSWERED, HUNG_UP) of the call-centre system",
            description = "At-least-once delivery is fine: a repeated event changes nothing. 403 "
                    + "hotline.cti-token-invalid without the right token; 404 when no token is configured.")
    public ResponseEntity<?> event(@RequestHeader(name = TOKEN_HEADER, defaultValue = "") String given,
            @Valid @RequestBody CtiEventRequest body, HttpServletRequest request) {
        if (token.length == 0) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(problems.create(request, HttpStatus.NOT_FOUND, "resource.not-found", Map.of()));
        }
        if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(problems.create(request, HttpStatus.FORBIDDEN, "hotline.cti-token-invalid", Map.of()));
        }
        HotlineCallView call = events.receive(new CallEventCommand(body.event(), body.callId(), body.caller(),
                body.agent(), body.occurredAt().toInstant(), body.recording()));
        return ResponseEntity.ok(call);
    }
}
