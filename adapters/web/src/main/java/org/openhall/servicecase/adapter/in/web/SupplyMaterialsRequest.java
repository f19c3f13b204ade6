package org.openhall.servicecase.adapter.in.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** 补正: the codes of the materials the applicant now hands in. */
public record SupplyMaterialsRequest(@NotEmpty @Size(max = 100) List<@NotBlank String> materials) {
}
