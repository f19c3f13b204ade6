package org.openhall.participation.adapter.in.web;

import java.time.LocalDate;

/** What a registrant gets back: the registration's id, the name masked. */
public record RegistrationReceiptResponse(String registrationId, String hearingId, String registrantName,
        LocalDate registeredOn) {
}
