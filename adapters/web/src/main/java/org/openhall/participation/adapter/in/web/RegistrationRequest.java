package org.openhall.participation.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * 报名: someone who wants to take part in a hearing. The phone is needed to deliver the materials and
 * is never shown to the public.
 *
 * @param statement what they would speak to, or whose interest; optional
 */
public record RegistrationRequest(@NotBlank @Size(max = 64) String name, @NotBlank @Size(max = 20) String phone,
        @Size(max = 2000) String statement) {

    @Override
    public String toString() {
        // Personal data stays out of logs, whatever logs a request.
        return "RegistrationRequest[…]";
    }
}
