package org.openhall.network.application.port.in;

/**
 * A staff member changing their password (修改口令), proving themselves with the current password
 * and a code, as at sign-in — so that an expired password can be changed without a session.
 */
public record ChangePasswordCommand(String username, String currentPassword, String code, String newPassword,
        String source) {

    @Override
    public String toString() {
        return "ChangePasswordCommand[" + username + " from " + source + "]";
    }
}
