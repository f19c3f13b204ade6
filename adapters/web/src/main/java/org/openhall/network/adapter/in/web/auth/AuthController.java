package org.openhall.network.adapter.in.web.auth;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.openhall.network.application.port.in.ChangePasswordCommand;
import org.openhall.network.application.port.in.ChangePasswordUseCase;
import org.openhall.network.application.port.in.Enrolment;
import org.openhall.network.application.port.in.SecondFactorEnrolmentUseCase;
import org.openhall.network.application.port.in.SignInCommand;
import org.openhall.network.application.port.in.SignInRefused;
import org.openhall.network.application.port.in.SignInThrottled;
import org.openhall.network.application.port.in.SignInUseCase;
import org.openhall.network.application.port.in.SignedIn;
import org.openhall.network.application.port.in.StaffSessions;
import org.openhall.shared.adapter.in.web.ProblemFactory;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Staff sign-in (登录) with password and authenticator code, sign-out, setting up the second factor
 * and changing the password. Failures are counted per account and source address; see
 * docs/security.md for the throttle.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-in", description = "Sessions for staff: password plus authenticator code (TOTP)")
public class AuthController {

    private static final Logger log = LoggerFactory.getLogger(AuthController.class);
    private static final String BEARER = "Bearer ";

    private final SignInUseCase signIn;
    private final StaffSessions sessions;
    private final SecondFactorEnrolmentUseCase enrolment;
    private final ChangePasswordUseCase passwords;
    private final ProblemFactory problems;

    public AuthController(SignInUseCase signIn, StaffSessions sessions, SecondFactorEnrolmentUseCase enrolment,
            ChangePasswordUseCase passwords, ProblemFactory problems) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.enrolment = enrolment;
        this.passwords = passwords;
        this.problems = problems;
    }

    @PostMapping("/sign-in")
    @SecurityRequirements
    @Operation(summary = "Signs a staff member in with password and authenticator code; answers a session token")
    @ApiResponse(responseCode = "200", description = "Signed in; send the token as Authorization: Bearer")
    @ApiResponse(responseCode = "401", description = "auth.unauthenticated, auth.code-already-used, "
            + "auth.second-factor-not-enrolled or auth.password-expired")
    @ApiResponse(responseCode = "429", description = "auth.too-many-attempts; Retry-After says when to try again")
    public ResponseEntity<SignInResponse> signIn(@Valid @RequestBody SignInRequest request,
            HttpServletRequest http) {
        SignedIn session = signIn.signIn(
                new SignInCommand(request.username(), request.password(), request.code(), source(http)));
        Actor actor = session.actor();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new SignInResponse(session.token(), "Bearer", session.expiresAt(), actor.username(),
                        actor.displayName(), actor.department() == null ? null : actor.department().value(),
                        roles(actor)));
    }

    @PostMapping("/sign-out")
    @Operation(summary = "Ends the session of the token this request carries")
    @ApiResponse(responseCode = "204", description = "Signed out; the token opens nothing any more")
    public ResponseEntity<Void> signOut(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            sessions.signOut(authorization.substring(BEARER.length()).strip());
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/session")
    @Operation(summary = "Tells who the token of this request stands for")
    public SessionResponse session(Actor actor) {
        return new SessionResponse(actor.username(), actor.displayName(),
                actor.department() == null ? null : actor.department().value(), roles(actor));
    }

    @PostMapping("/second-factor/enrolment")
    @SecurityRequirements
    @Operation(summary = "Begins setting up the authenticator app of an account that has none; shows the secret once")
    @ApiResponse(responseCode = "409", description = "auth.second-factor-already-enrolled")
    public ResponseEntity<EnrolmentResponse> beginEnrolment(@Valid @RequestBody EnrolmentRequest request,
            HttpServletRequest http) {
        Enrolment begun = enrolment.begin(request.username(), request.password(), source(http));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new EnrolmentResponse(begun.otpauthUri(), begun.secret()));
    }

    @PostMapping("/second-factor/confirmation")
    @SecurityRequirements
    @Operation(summary = "Confirms the new authenticator app with a code; from then on sign-in needs it")
    @ApiResponse(responseCode = "204", description = "Confirmed")
    public ResponseEntity<Void> confirmEnrolment(@Valid @RequestBody EnrolmentRequest request,
            HttpServletRequest http) {
        enrolment.confirm(request.username(), request.password(), request.code(), source(http));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/password")
    @SecurityRequirements
    @Operation(summary = "Changes one's own password under the installation's password profile; ends every session")
    @ApiResponse(responseCode = "204", description = "Changed; sign in again with the new password")
    @ApiResponse(responseCode = "422", description = "password.weak or password.reused")
    public ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChangeRequest request,
            HttpServletRequest http) {
        passwords.change(new ChangePasswordCommand(request.username(), request.currentPassword(), request.code(),
                request.newPassword(), source(http)));
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(SignInRefused.class)
    ResponseEntity<ProblemDetail> refused(SignInRefused refused, HttpServletRequest request) {
        log.info("sign-in refused from {}: {}", source(request), refused.getMessage());
        ProblemDetail problem = problems.create(request, HttpStatus.UNAUTHORIZED, refused.reason().code(), Map.of());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }

    @ExceptionHandler(SignInThrottled.class)
    ResponseEntity<ProblemDetail> throttled(SignInThrottled throttled, HttpServletRequest request) {
        long seconds = throttled.retryAfterSeconds();
        log.info("sign-in from {} throttled for {} s", source(request), seconds);
        ProblemDetail problem = problems.create(request, HttpStatus.TOO_MANY_REQUESTS, SignInThrottled.CODE,
                Map.of("seconds", seconds));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
    }

    /**
     * The address the failures are counted against: the client's, as the server sees it (behind a
     * proxy, set {@code server.forward-headers-strategy} so that this is the real client).
     */
    private static String source(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }

    private static List<String> roles(Actor actor) {
        return actor.roles().stream().map(Role::name).toList();
    }
}
