package org.openhall.servicecase.adapter.in.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 收件: an application for an item, with the codes of the materials handed in at the window.
 *
 * @param materials the item's material codes the applicant brought; may be empty — what is missing
 *                  is then listed by the one-time notice
 * @param window    the window (窗口) receiving it, optional; the case then belongs to that window's work
 */
public record SubmitCaseRequest(@NotBlank @Size(max = 64) String itemCode, @NotNull @Valid ApplicantRequest applicant,
        @Size(max = 100) List<@NotBlank String> materials, @Size(max = 32) String window) {

    public SubmitCaseRequest {
        materials = materials == null ? List.of() : materials;
    }
}
