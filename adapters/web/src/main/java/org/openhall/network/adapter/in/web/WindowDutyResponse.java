package org.openhall.network.adapter.in.web;

import java.time.LocalDate;

import org.openhall.network.domain.DutyStatus;

/**
 * Who serves a window on a day.
 *
 * @param servedBy user name of who serves; {@code null} when the window is unattended
 * @param actingFor user name of the A post when the B post serves for them; else {@code null}
 */
public record WindowDutyResponse(String window, LocalDate date, String servedBy, String actingFor, DutyStatus status) {
}
