package org.openhall.participation.application.port.in;

import java.time.LocalDate;
import java.util.List;

/**
 * A hearing as its organising department and supervisors see it: the public view, and every
 * registration with its contact masked (the full data needs the audited reveal).
 */
public record StaffHearingView(HearingView hearing, List<RegistrationView> registrations) {

    public StaffHearingView {
        registrations = List.copyOf(registrations);
    }

    /** One registration, oldest first; {@code selected} once chosen as a representative. */
    public record RegistrationView(String id, String name, String phone, String statement, LocalDate registeredOn,
            boolean selected) {
    }
}
