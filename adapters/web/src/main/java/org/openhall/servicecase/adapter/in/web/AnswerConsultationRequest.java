package org.openhall.servicecase.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 咨询答复: the answer given. */
public record AnswerConsultationRequest(@NotBlank @Size(max = 2000) String answer) {
}
