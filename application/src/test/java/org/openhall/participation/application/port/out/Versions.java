package org.openhall.participation.application.port.out;

import org.openhall.participation.domain.CommentSnapshot;
import org.openhall.participation.domain.DraftDecisionSnapshot;
import org.openhall.participation.domain.HearingRegistrationSnapshot;
import org.openhall.participation.domain.HearingSnapshot;

/** Snapshots as a store gives them back after a save: the same, with the next version. */
public final class Versions {

    private Versions() {
    }

    public static DraftDecisionSnapshot withVersion(DraftDecisionSnapshot s, long version) {
        return new DraftDecisionSnapshot(s.id(), s.department(), s.content(), s.period(), s.status(), s.publishedAt(),
                s.publishedBy(), s.adoptionReport(), s.decision(), version);
    }

    public static CommentSnapshot withVersion(CommentSnapshot s, long version) {
        return new CommentSnapshot(s.id(), s.draftId(), s.commenter(), s.text(), s.submittedAt(), s.submittedOn(),
                s.status(), s.moderation(), s.answer(), version);
    }

    public static HearingSnapshot withVersion(HearingSnapshot s, long version) {
        return new HearingSnapshot(s.id(), s.draftId(), s.department(), s.announcement(), s.periods(), s.announcedOn(),
                s.announcedAt(), s.announcedBy(), s.stage(), s.representatives(), s.representativesSelectedOn(),
                s.materials(), s.materialsProvidedOn(), s.minutes(), version);
    }

    public static HearingRegistrationSnapshot withVersion(HearingRegistrationSnapshot s, long version) {
        return new HearingRegistrationSnapshot(s.id(), s.hearingId(), s.registrant(), s.statement(), s.registeredAt(),
                s.registeredOn(), version);
    }
}
