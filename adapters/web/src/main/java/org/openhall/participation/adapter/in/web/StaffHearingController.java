package org.openhall.participation.adapter.in.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.openhall.participation.application.port.in.HearingView;
import org.openhall.participation.application.port.in.ProvideHearingMaterialsCommand;
import org.openhall.participation.application.port.in.ProvideHearingMaterialsUseCase;
import org.openhall.participation.application.port.in.RecordHearingMinutesCommand;
import org.openhall.participation.application.port.in.RecordHearingMinutesUseCase;
import org.openhall.participation.application.port.in.RevealRegistrantContactUseCase;
import org.openhall.participation.application.port.in.SelectRepresentativesCommand;
import org.openhall.participation.application.port.in.SelectRepresentativesUseCase;
import org.openhall.participation.application.port.in.StaffHearingQuery;
import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.HearingMaterial;
import org.openhall.participation.domain.RegistrationId;
import org.openhall.shared.domain.access.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The organising department's side of a hearing (听证): the registrations, the selection of
 * representatives, the materials and the minutes. Each step keeps the county's notice periods.
 */
@RestController
@RequestMapping(StaffHearingController.PATH)
@Tag(name = "Hearings (staff)", description = "Organising department: registrations, representatives, materials, minutes")
public class StaffHearingController {

    static final String PATH = "/api/v1/participation/staff/hearings";

    private static final ParticipationResponseMapper MAPPER = ParticipationResponseMapper.INSTANCE;

    private final StaffHearingQuery hearings;
    private final SelectRepresentativesUseCase select;
    private final ProvideHearingMaterialsUseCase provide;
    private final RecordHearingMinutesUseCase record;
    private final RevealRegistrantContactUseCase reveal;

    public StaffHearingController(StaffHearingQuery hearings, SelectRepresentativesUseCase select,
            ProvideHearingMaterialsUseCase provide, RecordHearingMinutesUseCase record,
            RevealRegistrantContactUseCase reveal) {
        this.hearings = hearings;
        this.select = select;
        this.provide = provide;
        this.record = record;
        this.reveal = reveal;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Shows a hearing with every registration, contacts masked")
    public StaffHearingResponse get(Actor actor, @PathVariable UUID id) {
        return MAPPER.toResponse(hearings.hearing(actor, new HearingId(id)));
    }

    @PostMapping("/{id}/representatives")
    @Operation(summary = "Selects the representatives among the registrations (遴选听证代表)",
            description = "After registration has closed (else 409 participation.hearing-registration-open), at most "
                    + "as many as the seats announced; the list becomes public, names masked.")
    public ResponseEntity<HearingResponse> selectRepresentatives(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody SelectRepresentativesRequest request) {
        return respond(select.selectRepresentatives(new SelectRepresentativesCommand(actor, new HearingId(id),
                request.registrationIds().stream().map(RegistrationId::new).toList())));
    }

    @PostMapping("/{id}/materials")
    @Operation(summary = "Sends the materials to the participants today (送达听证材料)",
            description = "At least the county's number of days before the hearing (else 422 "
                    + "participation.hearing-materials-too-late).")
    public ResponseEntity<HearingResponse> provideMaterials(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody MaterialsRequest request) {
        return respond(provide.provideMaterials(new ProvideHearingMaterialsCommand(actor, new HearingId(id),
                request.materials().stream().map(m -> new HearingMaterial(m.title(), m.content())).toList())));
    }

    @PostMapping("/{id}/minutes")
    @Operation(summary = "Records the minutes (听证笔录), on the hearing day or later")
    public ResponseEntity<HearingResponse> recordMinutes(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody MinutesRequest request) {
        return respond(record.recordMinutes(new RecordHearingMinutesCommand(actor, new HearingId(id),
                request.text())));
    }

    @PostMapping("/{id}/registrations/{registrationId}/contact")
    @Operation(summary = "Reveals a registrant's full name and phone to the caller; the reveal is recorded")
    public ResponseEntity<ContactResponse> revealContact(Actor actor, @PathVariable UUID id,
            @PathVariable UUID registrationId) {
        // Full personal data: no browser or proxy may keep it.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(MAPPER.toResponse(
                reveal.revealRegistrant(actor, new HearingId(id), new RegistrationId(registrationId))));
    }

    private static ResponseEntity<HearingResponse> respond(HearingView view) {
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(MAPPER.toResponse(view));
    }
}
