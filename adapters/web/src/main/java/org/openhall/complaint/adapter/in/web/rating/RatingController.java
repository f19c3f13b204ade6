package org.openhall.complaint.adapter.in.web.rating;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openhall.complaint.application.port.in.RateServiceUseCase;
import org.openhall.complaint.application.port.in.RatingAppealUseCase;
import org.openhall.complaint.application.port.in.RatingAppealView;
import org.openhall.complaint.application.port.in.RatingFigures.Dimension;
import org.openhall.complaint.application.port.in.RatingFiguresQuery;
import org.openhall.complaint.application.port.in.RatingView;
import org.openhall.complaint.application.port.in.RecordRatingCommand;
import org.openhall.shared.domain.access.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 好差评 for staff: ratings recorded at the window or on the follow-up call, appeals, re-review, figures. */
@RestController
@RequestMapping("/api/v1/ratings")
@Tag(name = "Ratings (staff)", description = "Recording ratings, appeals and re-review, figures")
public class RatingController {

    private final RateServiceUseCase rate;
    private final RatingAppealUseCase appeals;
    private final RatingFiguresQuery figures;

    public RatingController(RateServiceUseCase rate, RatingAppealUseCase appeals, RatingFiguresQuery figures) {
        this.rate = rate;
        this.appeals = appeals;
        this.figures = figures;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records a rating given in front of staff: WINDOW (clerk, own department) or HOTLINE",
            description = "Only an ended case or a followed-up ticket can be rated (else 409 rating.not-ratable).")
    public RatingView record(Actor actor, @Valid @RequestBody RecordRatingRequest request) {
        return rate.record(new RecordRatingCommand(actor, request.kind(), request.number(), request.channel(),
                request.level(), request.comment()));
    }

    @PostMapping("/{ratingId}/appeals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "申诉: the handling department asks to exclude a bad rating as MALICIOUS or MISTAKEN")
    public RatingAppealView appeal(Actor actor, @PathVariable UUID ratingId, @Valid @RequestBody AppealRequest request) {
        return appeals.appeal(actor, ratingId, request.ground(), request.reason());
    }

    @GetMapping("/{ratingId}/appeals")
    @Operation(summary = "The appeals of a rating and their re-review, the oldest first")
    public List<RatingAppealView> appeals(Actor actor, @PathVariable UUID ratingId) {
        return appeals.appealsOf(actor, ratingId);
    }

    @PostMapping("/appeals/{appealId}/review")
    @Operation(summary = "复核 by a supervisor: UPHELD excludes the rating from the figures (it stays stored)")
    public RatingAppealView review(Actor actor, @PathVariable UUID appealId, @Valid @RequestBody ReviewRequest request) {
        return appeals.review(actor, appealId, request.decision(), request.note());
    }

    @GetMapping("/figures")
    @Operation(summary = "Figures by DEPARTMENT, ITEM, STAFF or CHANNEL for the days from … to (both included)",
            description = "Excluded ratings are counted apart, never in the levels. No rater identity.")
    public FiguresResponse figures(Actor actor, @RequestParam Dimension by,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam Optional<String> department) {
        return FiguresResponse.of(figures.figures(actor, by, from, to, department));
    }
}
