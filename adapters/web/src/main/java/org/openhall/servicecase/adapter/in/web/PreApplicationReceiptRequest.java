package org.openhall.servicecase.adapter.in.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * 窗口收件: the declared materials the clerk found handed in, and the window receiving the case
 * (optional: the appointment's window).
 */
public record PreApplicationReceiptRequest(@Size(max = 100) List<@NotBlank String> materials,
        @Size(max = 32) String window) {

    public PreApplicationReceiptRequest {
        materials = materials == null ? List.of() : materials;
    }
}
