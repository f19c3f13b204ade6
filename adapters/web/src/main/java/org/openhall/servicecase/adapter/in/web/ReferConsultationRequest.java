package org.openhall.servicecase.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 首问转办: the competent department's code and why the enquiry goes there. */
public record ReferConsultationRequest(@NotBlank @Size(max = 32) String department,
        @NotBlank @Size(max = 2000) String reason) {
}
