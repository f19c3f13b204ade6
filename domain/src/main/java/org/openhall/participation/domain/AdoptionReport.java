package org.openhall.participation.domain;

import java.time.LocalDate;
import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.participation.domain.problem.CommentsUnanswered;
import org.openhall.shared.domain.InvalidValue;

/**
 * The account of how the public's comments were taken up (意见采纳情况), as published for a draft:
 * how many comments came in, how many were published or rejected, and how the published ones were
 * answered. The answers themselves stay with the comments; once the report is published they no
 * longer change, so the report and its answers always agree.
 *
 * <p>Invariants: the counts are not negative; published and rejected add up to received (no
 * comment is left pending); the answers add up to published (every published comment is answered).
 *
 * @param publishedOn  the day the report was published
 * @param publishedBy  the user name of who published it
 */
@ValueObject
public record AdoptionReport(LocalDate publishedOn, String publishedBy, int received, int published, int rejected,
        int adopted, int partlyAdopted, int notAdopted) {

    public AdoptionReport {
        if (publishedOn == null) {
            throw new InvalidValue("publishedOn", "must be given");
        }
        publishedBy = Texts.required("publishedBy", publishedBy, 64);
        if (received < 0 || published < 0 || rejected < 0 || adopted < 0 || partlyAdopted < 0 || notAdopted < 0) {
            throw new InvalidValue("adoptionReport", "counts must not be negative");
        }
        if (published + rejected != received) {
            throw new InvalidValue("adoptionReport", "every comment received is published or rejected");
        }
        if (adopted + partlyAdopted + notAdopted != published) {
            throw new InvalidValue("adoptionReport", "every published comment is answered");
        }
    }

    /**
     * Counts {@code comments} (all of one draft's) into a report.
     *
     * @throws CommentsUnanswered when a comment waits for
     *         moderation or a published one for its answer
     */
    static AdoptionReport compile(List<Comment> comments, LocalDate publishedOn, String publishedBy) {
        int pending = 0;
        int unanswered = 0;
        int published = 0;
        int rejected = 0;
        int[] answers = new int[Adoption.values().length];
        for (Comment comment : comments) {
            switch (comment.status()) {
                case PENDING -> pending++;
                case REJECTED -> rejected++;
                case PUBLISHED -> {
                    published++;
                    if (comment.answer().isEmpty()) {
                        unanswered++;
                    } else {
                        answers[comment.answer().get().adoption().ordinal()]++;
                    }
                }
            }
        }
        if (pending > 0 || unanswered > 0) {
            throw new CommentsUnanswered(pending, unanswered);
        }
        return new AdoptionReport(publishedOn, publishedBy, comments.size(), published, rejected,
                answers[Adoption.ADOPTED.ordinal()], answers[Adoption.PARTLY_ADOPTED.ordinal()],
                answers[Adoption.NOT_ADOPTED.ordinal()]);
    }
}
