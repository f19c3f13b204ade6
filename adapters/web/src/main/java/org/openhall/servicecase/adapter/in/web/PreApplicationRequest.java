package org.openhall.servicecase.adapter.in.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 网上预申请: the item, the applicant (name, identity number, phone — checked by the domain), the
 * codes of the materials they will bring or have uploaded, and a note.
 */
public record PreApplicationRequest(@NotBlank @Size(max = 64) String itemCode,
        @NotNull @Valid ApplicantRequest applicant, @Size(max = 100) List<@NotBlank String> materials,
        @Size(max = 1000) String note) {

    public PreApplicationRequest {
        materials = materials == null ? List.of() : materials;
    }
}
