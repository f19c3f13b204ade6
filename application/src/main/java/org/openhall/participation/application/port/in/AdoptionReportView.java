package org.openhall.participation.application.port.in;

import java.time.LocalDate;
import java.util.List;

/**
 * The adoption report (意见采纳情况) as published: the counts, and every published comment with its
 * answer (names masked). Rejected comments are counted, not shown.
 */
public record AdoptionReportView(String draftId, String title, String department, LocalDate opensOn,
        LocalDate closesOn, LocalDate publishedOn, int received, int published, int rejected, int adopted,
        int partlyAdopted, int notAdopted, List<PublicCommentView> comments) {

    public AdoptionReportView {
        comments = List.copyOf(comments);
    }
}
