package org.openhall.network.adapter.in.web;

import jakarta.validation.Valid;

import org.openhall.network.application.port.in.RecordAbsenceUseCase;
import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.domain.access.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Absences of staff (请假/外出): while the A post of a window is away, its B post serves with full
 * authority. Approvers record absences of their own department's staff, administrators anybody's.
 */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Window duty", description = "A/B posts, absences and unattended windows, for staff")
public class StaffAbsenceController {

    private static final NetworkResponseMapper MAPPER = NetworkResponseMapper.INSTANCE;

    private final RecordAbsenceUseCase absences;

    public StaffAbsenceController(RecordAbsenceUseCase absences) {
        this.absences = absences;
    }

    @PostMapping("/{username}/absences")
    @Operation(summary = "Records that a staff member is away from one day to another, both included")
    @ApiResponse(responseCode = "201", description = "Recorded; the window's B post serves for the period")
    public ResponseEntity<AbsenceResponse> record(Actor actor, @PathVariable String username,
            @Valid @RequestBody AbsenceRequest request) {
        AbsenceResponse recorded = MAPPER.toResponse(absences.recordAbsence(actor, new StaffUsername(username),
                request.from(), request.to(), request.reason()));
        return ResponseEntity.status(HttpStatus.CREATED).body(recorded);
    }
}
