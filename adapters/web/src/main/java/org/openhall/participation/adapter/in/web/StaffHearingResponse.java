package org.openhall.participation.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

/** A hearing as its organisers see it: the public view and every registration, contact masked. */
public record StaffHearingResponse(HearingResponse hearing, List<RegistrationResponse> registrations) {

    /** One registration, oldest first; {@code selected} once chosen as a representative. */
    public record RegistrationResponse(String id, String name, String phone, String statement, LocalDate registeredOn,
            boolean selected) {
    }
}
