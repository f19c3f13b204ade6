package org.openhall.participation.application.port.in;

import java.time.LocalDate;

import org.openhall.participation.domain.DraftStatus;

/**
 * A draft decision as the public and staff see it: the draft with its explanation, the comment period
 * (with the reason when it is shorter than 30 days), and what has been published since.
 *
 * @param acceptingComments         whether a comment handed in today is taken
 * @param shorterPeriodReason       {@code null} unless the period is shorter than 30 days
 * @param adoptionReportPublishedOn {@code null} until the adoption report is published
 * @param decisionText              {@code null} until the decision is published
 */
public record DraftView(String id, String title, String department, String summary, String fullText,
        String explanation, LocalDate opensOn, LocalDate closesOn, int periodDays, boolean shortenedPeriod,
        String shorterPeriodReason, DraftStatus status, boolean acceptingComments, LocalDate adoptionReportPublishedOn,
        String decisionText, LocalDate decisionPublishedOn, long version) {
}
