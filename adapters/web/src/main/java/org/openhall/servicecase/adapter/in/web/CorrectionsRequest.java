package org.openhall.servicecase.adapter.in.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 预审补正: every material to correct and what to correct in it, all in one request. */
public record CorrectionsRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid Point> corrections) {

    /** One point: a material code of the item and what to correct. */
    public record Point(@NotBlank @Size(max = 32) String materialCode, @NotBlank @Size(max = 500) String what) {
    }
}
