package org.openhall.bootstrap.countypack.spec;

import java.time.LocalDate;

import org.openhall.bootstrap.countypack.Where;

/** A named holiday from {@code from} to {@code to}, both included, as a holiday notice states it. */
public record HolidaySpec(Where where, String name, LocalDate from, LocalDate to) {
}
