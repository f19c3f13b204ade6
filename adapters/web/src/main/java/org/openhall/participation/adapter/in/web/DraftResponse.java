package org.openhall.participation.adapter.in.web;

import java.time.LocalDate;

import org.openhall.participation.domain.DraftStatus;

/**
 * A draft decision (决策草案) as published: the draft, its explanation (起草说明), the comment period,
 * and what was published since.
 *
 * @param opensOn                   the first day comments are taken (day 0 of the period)
 * @param closesOn                  the last day comments are taken
 * @param periodDays                the period in calendar days
 * @param shortenedPeriod           whether the period is shorter than the 30 days of the rule
 * @param shorterPeriodReason       why it is shorter, shown to the public; {@code null} otherwise
 * @param acceptingComments         whether a comment sent today is taken
 * @param adoptionReportPublishedOn when the adoption report (意见采纳情况) was published, if it was
 * @param decisionText              the decision as published, if it was
 * @param version                   increases with every change; also sent as the {@code ETag}
 */
public record DraftResponse(String id, String title, String department, String summary, String fullText,
        String explanation, LocalDate opensOn, LocalDate closesOn, int periodDays, boolean shortenedPeriod,
        String shorterPeriodReason, DraftStatus status, boolean acceptingComments, LocalDate adoptionReportPublishedOn,
        String decisionText, LocalDate decisionPublishedOn, long version) {
}
