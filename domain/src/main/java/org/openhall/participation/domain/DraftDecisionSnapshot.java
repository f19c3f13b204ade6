package org.openhall.participation.domain;

import java.time.Instant;

import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * Everything a {@link DraftDecision} is made of, for storage and for rebuilding it through
 * {@link DraftDecision#restore(DraftDecisionSnapshot)}.
 *
 * <p>Invariants: the status agrees with what was published — an adoption report from
 * {@link DraftStatus#REPORT_PUBLISHED} on, a decision only at {@link DraftStatus#DECISION_PUBLISHED}.
 *
 * @param department     the drafting department (决策承办单位)
 * @param publishedAt    when the draft was published for comment (or scheduled to be)
 * @param publishedBy    the user name of who published it
 * @param adoptionReport {@code null} until published
 * @param decision       {@code null} until published
 * @param version        optimistic-lock version; 0 for a draft never stored
 */
public record DraftDecisionSnapshot(DraftDecisionId id, DepartmentCode department, DraftContent content,
        CommentPeriod period, DraftStatus status, Instant publishedAt, String publishedBy,
        AdoptionReport adoptionReport, PublishedDecision decision, long version) {

    public DraftDecisionSnapshot {
        if (id == null || department == null || content == null || period == null || status == null
                || publishedAt == null || publishedBy == null) {
            throw new InvalidValue("draft", "id, department, content, period, status and publication must be given");
        }
        boolean reportExpected = status != DraftStatus.OPEN_FOR_COMMENT;
        boolean decisionExpected = status == DraftStatus.DECISION_PUBLISHED;
        if ((adoptionReport != null) != reportExpected || (decision != null) != decisionExpected) {
            throw new InvalidValue("draft", "adoption report and decision must agree with status " + status);
        }
    }
}
