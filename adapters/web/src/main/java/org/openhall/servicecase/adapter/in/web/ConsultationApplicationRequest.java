package org.openhall.servicecase.adapter.in.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 咨询转申请: the application the enquirer makes on the spot, as at the window: item, applicant,
 * materials handed in, and optionally the window.
 */
public record ConsultationApplicationRequest(@NotBlank @Size(max = 64) String itemCode,
        @NotNull @Valid ApplicantRequest applicant, @Size(max = 100) List<@NotBlank String> materials,
        @Size(max = 32) String window) {

    public ConsultationApplicationRequest {
        materials = materials == null ? List.of() : materials;
    }
}
