package org.openhall.network.adapter.in.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 登录: user name, password and the six-digit code of the authenticator app. */
public record SignInRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 256) String password,
        @NotBlank @Size(max = 8) String code) {

    @Override
    public String toString() {
        return "SignInRequest[" + username + "]";
    }
}
