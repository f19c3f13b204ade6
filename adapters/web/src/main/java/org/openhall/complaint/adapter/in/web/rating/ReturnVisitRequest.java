package org.openhall.complaint.adapter.in.web.rating;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 回访记录: who called the rater, when, and what came of it. */
public record ReturnVisitRequest(@NotBlank @Size(max = 64) String caller, @NotNull OffsetDateTime calledAt,
        @NotBlank @Size(max = 2000) String outcome) {
}
