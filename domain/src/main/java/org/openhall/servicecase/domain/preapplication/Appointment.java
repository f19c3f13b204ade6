package org.openhall.servicecase.domain.preapplication;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.network.domain.WindowCode;
import org.openhall.shared.domain.InvalidValue;

/**
 * An appointment at a window (预约到窗): the day, the time slot ({@code HH:mm-HH:mm}, e.g.
 * {@code 09:00-10:00}) and the window's code, which names its hall.
 */
@ValueObject
public record Appointment(LocalDate date, String timeSlot, WindowCode window) {

    public Appointment {
        if (date == null) {
            throw new InvalidValue("appointment.date", "must not be missing");
        }
        if (window == null) {
            throw new InvalidValue("appointment.window", "must not be missing");
        }
        if (timeSlot == null || !timeSlot.strip().matches("\\d{2}:\\d{2}-\\d{2}:\\d{2}")) {
            throw new InvalidValue("appointment.timeSlot", "must be HH:mm-HH:mm, e.g. 09:00-10:00");
        }
        timeSlot = timeSlot.strip();
        try {
            LocalTime start = LocalTime.parse(timeSlot.substring(0, 5));
            LocalTime end = LocalTime.parse(timeSlot.substring(6));
            if (!start.isBefore(end)) {
                throw new InvalidValue("appointment.timeSlot", "must end after it starts");
            }
        } catch (DateTimeParseException e) {
            throw new InvalidValue("appointment.timeSlot", "must be HH:mm-HH:mm, e.g. 09:00-10:00");
        }
    }
}
