package org.openhall.complaint.application.port.in;

import java.time.LocalDate;

/**
 * One ticket as a list shows it (e.g. the hotline operator's screen-pop): no personal data beyond
 * what the list's reader already knows.
 *
 * @param id the ticket's id
 * @param number the ticket's number as told to the citizen
 * @param ticketClass the class code from the county pack
 * @param status the ticket's state in its closed loop
 * @param department the department it was dispatched to, or {@code null} before dispatch
 * @param subject a short subject line
 * @param dueOn the last day of the ticket's current time limit, or {@code null} when none runs
 */
public record TicketSummaryView(String id, String number, String ticketClass, String status, String department,
        String subject, LocalDate dueOn) {
}
