package org.openhall.complaint.adapter.in.web.rating;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openhall.complaint.domain.rating.RatingChannel;

/**
 * A citizen's rating with the code they received.
 *
 * @param phone   the whole phone number or its last four digits
 * @param channel PORTAL (default), SMS or APP
 * @param level   5 非常满意 … 1 非常不满意
 */
public record PublicRatingRequest(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 20) String phone,
        RatingChannel channel, @NotNull @Min(1) @Max(5) Integer level, @Size(max = 500) String comment) {

    /** The code and phone stay out of logs. */
    @Override
    public String toString() {
        return "PublicRatingRequest[" + channel + ", " + level + "]";
    }
}
