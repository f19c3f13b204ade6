package org.openhall.network.adapter.in.web.auth;

/** The new secret, shown once: as an {@code otpauth://} URI for a QR code, and as Base32 text. */
public record EnrolmentResponse(String otpauthUri, String secret) {

    @Override
    public String toString() {
        return "EnrolmentResponse[secret withheld]";
    }
}
