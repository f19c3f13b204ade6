package org.openhall.participation.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

/**
 * The adoption report (意见采纳情况): how many comments came in, how many were published or not, and
 * every published comment with its answer. Rejected comments are counted, not shown.
 */
public record AdoptionReportResponse(String draftId, String title, String department, LocalDate opensOn,
        LocalDate closesOn, LocalDate publishedOn, int received, int published, int rejected, int adopted,
        int partlyAdopted, int notAdopted, List<PublicCommentResponse> comments) {
}
