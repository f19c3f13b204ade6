package org.openhall.participation.adapter.in.web;

import java.time.LocalDate;

import org.openhall.participation.domain.DraftStatus;

/** A draft decision in a list. */
public record DraftSummaryResponse(String id, String title, String department, String summary, LocalDate opensOn,
        LocalDate closesOn, boolean shortenedPeriod, DraftStatus status, boolean acceptingComments) {
}
