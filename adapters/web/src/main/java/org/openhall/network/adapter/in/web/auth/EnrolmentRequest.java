package org.openhall.network.adapter.in.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 绑定动态口令: begins with the password; {@code code} is needed to confirm only. */
public record EnrolmentRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 256) String password,
        @Size(max = 8) String code) {

    @Override
    public String toString() {
        return "EnrolmentRequest[" + username + "]";
    }
}
