package org.openhall.servicecase.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The applicant (申请人) as the clerk types them in from the identity card. The formats (the
 * check digit of the identity number, the phone number) are checked by the domain's value objects.
 */
public record ApplicantRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 18) String idNumber,
        @NotBlank @Size(max = 20) String phone) {

    @Override
    public String toString() {
        // Personal data stays out of logs, whatever logs a request.
        return "ApplicantRequest[…]";
    }
}
