package org.openhall.participation.application.port.in;

import java.time.LocalDate;

import org.openhall.participation.domain.DraftStatus;

/** A draft in a list: what it is, whose, and when comments are taken. */
public record DraftSummaryView(String id, String title, String department, String summary, LocalDate opensOn,
        LocalDate closesOn, boolean shortenedPeriod, DraftStatus status, boolean acceptingComments) {
}
