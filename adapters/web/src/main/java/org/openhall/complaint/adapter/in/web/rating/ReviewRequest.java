package org.openhall.complaint.adapter.in.web.rating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openhall.complaint.domain.rating.AppealDecision;

/** 复核: UPHELD (the rating is excluded) or REJECTED, with the reasons. */
public record ReviewRequest(@NotNull AppealDecision decision, @NotBlank @Size(max = 2000) String note) {
}
