package org.openhall.complaint.adapter.in.web.rating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openhall.complaint.domain.rating.ExclusionGround;

/** 申诉: why the rating is malicious or mistaken. */
public record AppealRequest(@NotNull ExclusionGround ground, @NotBlank @Size(max = 2000) String reason) {
}
