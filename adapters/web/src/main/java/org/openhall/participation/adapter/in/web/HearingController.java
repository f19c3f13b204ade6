package org.openhall.participation.adapter.in.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.openhall.participation.application.port.in.HearingQuery;
import org.openhall.participation.application.port.in.HearingView;
import org.openhall.participation.application.port.in.RegisterForHearingCommand;
import org.openhall.participation.application.port.in.RegisterForHearingUseCase;
import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.Registrant;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Hearings on draft decisions (听证), for everyone and without an account: the announcement, the
 * representatives (names masked), the materials and the minutes; and registering to take part.
 */
@RestController
@RequestMapping(HearingController.PATH)
@Tag(name = "Public hearings", description = "Hearings on draft decisions (听证), public")
@SecurityRequirements
public class HearingController {

    static final String PATH = "/api/v1/participation/hearings";

    private static final ParticipationResponseMapper MAPPER = ParticipationResponseMapper.INSTANCE;

    private final HearingQuery hearings;
    private final RegisterForHearingUseCase register;

    public HearingController(HearingQuery hearings, RegisterForHearingUseCase register) {
        this.hearings = hearings;
        this.register = register;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Shows a hearing: announcement, notice periods, representatives, materials, minutes")
    public ResponseEntity<HearingResponse> get(@PathVariable UUID id) {
        HearingView hearing = hearings.hearing(new HearingId(id));
        return ResponseEntity.ok().eTag(Long.toString(hearing.version())).body(MAPPER.toResponse(hearing));
    }

    @PostMapping("/{id}/registrations")
    @Operation(summary = "Registers to take part in a hearing (报名)",
            description = "Taken from the announcement to the closing day of registration; otherwise 409 "
                    + "participation.hearing-registration-closed.")
    @ApiResponse(responseCode = "201", description = "Registered")
    public ResponseEntity<RegistrationReceiptResponse> register(@PathVariable UUID id,
            @Valid @RequestBody RegistrationRequest request) {
        Registrant registrant = new Registrant(new PersonName(request.name()), new PhoneNumber(request.phone()));
        return ResponseEntity.status(HttpStatus.CREATED).body(MAPPER.toResponse(
                register.register(new RegisterForHearingCommand(new HearingId(id), registrant, request.statement()))));
    }
}
