package org.openhall.complaint.adapter.in.web.rating;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openhall.complaint.domain.rating.RatedServiceKind;
import org.openhall.complaint.domain.rating.RatingChannel;

/** A rating recorded by staff: the window evaluator's (WINDOW) or the follow-up call's (HOTLINE). */
public record RecordRatingRequest(@NotNull RatedServiceKind kind, @NotBlank @Size(max = 64) String number,
        @NotNull RatingChannel channel, @NotNull @Min(1) @Max(5) Integer level, @Size(max = 500) String comment) {
}
