package org.openhall.servicecase.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The person asking (咨询人): a name and a number to call back; the domain checks the number's format. */
public record EnquirerRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 20) String phone) {

    @Override
    public String toString() {
        // Personal data stays out of logs, whatever logs a request.
        return "EnquirerRequest[…]";
    }
}
