package org.openhall.participation.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openhall.participation.domain.Adoption;

/** 答复: how a published comment was taken up, and why. */
public record AnswerRequest(@NotNull Adoption adoption, @NotBlank @Size(max = 5000) String reason) {
}
