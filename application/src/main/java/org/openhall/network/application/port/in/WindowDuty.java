package org.openhall.network.application.port.in;

import org.openhall.network.domain.DutyStatus;
import org.openhall.network.domain.WindowCode;

/**
 * Who serves a window on one day.
 *
 * <ul>
 * <li>{@link DutyStatus#A_PRESENT}: {@code servedBy} is the A post's user name, {@code actingFor} is {@code null}.
 * <li>{@link DutyStatus#B_ACTING_FOR_A}: {@code servedBy} is the B post's user name, {@code actingFor} the A
 * post's. B has the A post's full authority for the day: work for the window goes to B, and what B does
 * for it is recorded as "B acting for A" (由B岗代A岗办理). Time limits are not affected.
 * <li>{@link DutyStatus#UNATTENDED}: both are {@code null}; the window is unattended (空岗) and shows in
 * {@link WindowDutyQuery#unattendedWindows}.
 * </ul>
 *
 * @param window the window
 * @param servedBy user name of who serves, or {@code null} when nobody does
 * @param actingFor user name of the A post when B serves, else {@code null}
 * @param status which case it is
 */
public record WindowDuty(WindowCode window, String servedBy, String actingFor, DutyStatus status) {
}
