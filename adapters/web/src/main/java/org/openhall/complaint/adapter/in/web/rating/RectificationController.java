package org.openhall.complaint.adapter.in.web.rating;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openhall.complaint.application.port.in.RectificationQuery;
import org.openhall.complaint.application.port.in.RectificationUseCase;
import org.openhall.complaint.application.port.in.RectificationView;
import org.openhall.shared.domain.access.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 整改单: the rectifications bad ratings opened, their reply, return visit and closure. */
@RestController
@RequestMapping("/api/v1/ratings/rectifications")
@Tag(name = "Rating rectifications", description = "Rectifying bad ratings")
public class RectificationController {

    private final RectificationUseCase rectify;
    private final RectificationQuery rectifications;

    public RectificationController(RectificationUseCase rectify, RectificationQuery rectifications) {
        this.rectify = rectify;
        this.rectifications = rectifications;
    }

    @GetMapping
    @Operation(summary = "Rectifications in the caller's scope, the earliest due first")
    public List<RectificationView> list(Actor actor, @RequestParam(defaultValue = "true") boolean open) {
        return rectifications.list(actor, open);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Shows a rectification")
    public RectificationView get(Actor actor, @PathVariable UUID id) {
        return rectifications.get(actor, id);
    }

    @PostMapping("/{id}/reply")
    @Operation(summary = "The handling department's reply (整改答复)")
    public RectificationView reply(Actor actor, @PathVariable UUID id, @Valid @RequestBody ReplyRequest request) {
        return rectify.reply(actor, id, request.reply());
    }

    @PostMapping("/{id}/return-visit")
    @Operation(summary = "Records the follow-up call to the rater (回访记录)")
    public RectificationView returnVisit(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody ReturnVisitRequest request) {
        return rectify.recordReturnVisit(actor, id, request.caller(), request.calledAt().toInstant(),
                request.outcome());
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Closes the rectification (办结)",
            description = "Needs the reply (else 409 rating.rectification-not-replied) and, for a real-name rater, "
                    + "the return visit (else 409 rating.return-visit-required).")
    public RectificationView close(Actor actor, @PathVariable UUID id) {
        return rectify.close(actor, id);
    }
}
