package org.openhall.participation.adapter.in.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 送达听证材料: the documents sent to the participants today. */
public record MaterialsRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid Material> materials) {

    /** One document: its title, and its text or where to find it. */
    public record Material(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200_000) String content) {
    }
}
