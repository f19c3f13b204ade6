package org.openhall.participation.application.port.in;

import java.time.LocalDate;

/** What a registrant gets back: the registration's id, their name masked. */
public record RegistrationReceipt(String registrationId, String hearingId, String registrantName,
        LocalDate registeredOn) {
}
