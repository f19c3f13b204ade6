package org.openhall.network.adapter.in.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 修改口令: proved with the current password and a code, like a sign-in. */
public record PasswordChangeRequest(@NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = 256) String currentPassword, @NotBlank @Size(max = 8) String code,
        @NotBlank @Size(max = 256) String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[" + username + "]";
    }
}
