package org.openhall.complaint.application.port.in;

/**
 * A ticket filed online: the class code, where (coordinates and/or an address), what, and how to
 * reach the citizen (all optional). {@code deviceId} and {@code accountId} identify the client's
 * device and account, kept for nothing but the answer.
 */
public record FileServiceRequestCommand(String serviceCode, Double latitude, Double longitude, String address,
        String description, String firstName, String lastName, String phone, String email, String deviceId,
        String accountId) {
}
