package org.openhall.network.application.port.in;

/**
 * A second factor being set up (动态口令绑定): the secret as an {@code otpauth://} URI for the
 * authenticator app's QR code, and as text for typing in. Shown once; confirmed with a code.
 */
public record Enrolment(String otpauthUri, String secret) {

    @Override
    public String toString() {
        return "Enrolment[secret withheld]";
    }
}
