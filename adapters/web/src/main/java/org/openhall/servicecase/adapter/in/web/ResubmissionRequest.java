package org.openhall.servicecase.adapter.in.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * 补正提交: the last four digits of the applicant's phone (to prove it is theirs), the materials as
 * now declared, and optionally a new note.
 */
public record ResubmissionRequest(@NotBlank @Size(max = 4) String phoneLastFour,
        @Size(max = 100) List<@NotBlank String> materials, @Size(max = 1000) String note) {

    public ResubmissionRequest {
        materials = materials == null ? List.of() : materials;
    }
}
