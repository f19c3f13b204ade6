package org.openhall.participation.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.openhall.participation.application.port.in.AdoptionReportView;
import org.openhall.participation.application.port.in.DraftSummaryView;
import org.openhall.participation.application.port.in.DraftView;
import org.openhall.participation.application.port.in.HearingView;
import org.openhall.participation.application.port.in.PublicCommentView;
import org.openhall.participation.application.port.in.StaffCommentView;
import org.openhall.participation.application.port.in.StaffHearingView;
import org.openhall.participation.domain.AdoptionReport;
import org.openhall.participation.domain.Comment;
import org.openhall.participation.domain.CommentAnswer;
import org.openhall.participation.domain.CommentPeriod;
import org.openhall.participation.domain.DraftContent;
import org.openhall.participation.domain.DraftDecision;
import org.openhall.participation.domain.Hearing;
import org.openhall.participation.domain.HearingAnnouncement;
import org.openhall.participation.domain.HearingRegistration;
import org.openhall.participation.domain.Moderation;
import org.openhall.participation.domain.PublishedDecision;
import org.openhall.participation.domain.RegistrationId;

/**
 * Turns drafts, comments and hearings into the views of the use cases. Personal data leaves here
 * masked only: names as 张*, phones as 138****8000, and phones never in a public view.
 */
final class ParticipationViews {

    private ParticipationViews() {
    }

    static DraftView draft(DraftDecision draft, LocalDate today) {
        DraftContent content = draft.content();
        CommentPeriod period = draft.period();
        return new DraftView(draft.getId().toString(), content.title(), draft.department().value(), content.summary(),
                content.fullText(), content.explanation(), period.opensOn(), period.closesOn(), period.days(),
                period.isShortened(), period.shorterPeriodReason(), draft.status(), draft.acceptsCommentsOn(today),
                draft.adoptionReport().map(AdoptionReport::publishedOn).orElse(null),
                draft.decision().map(PublishedDecision::text).orElse(null),
                draft.decision().map(PublishedDecision::publishedOn).orElse(null), draft.version());
    }

    static DraftSummaryView summary(DraftDecision draft, LocalDate today) {
        CommentPeriod period = draft.period();
        return new DraftSummaryView(draft.getId().toString(), draft.content().title(), draft.department().value(),
                draft.content().summary(), period.opensOn(), period.closesOn(), period.isShortened(), draft.status(),
                draft.acceptsCommentsOn(today));
    }

    /** The public sees the answer only once the adoption report is out: before that it may still change. */
    static PublicCommentView publicComment(Comment comment, boolean reportPublished) {
        CommentAnswer answer = reportPublished ? comment.answer().orElse(null) : null;
        return new PublicCommentView(comment.getId().toString(), comment.commenter().name().masked(), comment.text(),
                comment.submittedOn(), answer == null ? null : answer.adoption(),
                answer == null ? null : answer.reason());
    }

    static StaffCommentView staffComment(Comment comment) {
        var s = comment.snapshot();
        Moderation moderation = s.moderation();
        CommentAnswer answer = s.answer();
        return new StaffCommentView(s.id().toString(), s.draftId().toString(), s.commenter().name().masked(),
                s.commenter().phone() == null ? null : s.commenter().phone().masked(), s.text(), s.submittedAt(),
                s.submittedOn(), s.status(), moderation == null ? null : moderation.reason(),
                moderation == null ? null : moderation.moderatedBy(),
                moderation == null ? null : moderation.moderatedAt(), answer == null ? null : answer.adoption(),
                answer == null ? null : answer.reason(), answer == null ? null : answer.answeredBy(),
                answer == null ? null : answer.answeredAt(), s.version());
    }

    static AdoptionReportView report(DraftDecision draft, AdoptionReport report, List<Comment> published) {
        return new AdoptionReportView(draft.getId().toString(), draft.content().title(), draft.department().value(),
                draft.period().opensOn(), draft.period().closesOn(), report.publishedOn(), report.received(),
                report.published(), report.rejected(), report.adopted(), report.partlyAdopted(), report.notAdopted(),
                published.stream().map(c -> publicComment(c, true)).toList());
    }

    /** {@code registrations}: the hearing's registrations by id, to name the representatives. */
    static HearingView hearing(Hearing hearing, Map<RegistrationId, HearingRegistration> registrations,
            LocalDate today) {
        HearingAnnouncement a = hearing.announcement();
        List<String> representatives = hearing.representatives().stream()
                .map(id -> registrations.get(id).registrant().name().masked()).toList();
        List<HearingView.Material> materials = hearing.materials().stream()
                .map(m -> new HearingView.Material(m.title(), m.content())).toList();
        return new HearingView(hearing.getId().toString(), hearing.draftId().toString(), hearing.department().value(),
                a.subject(), a.heldOn(), a.place(), a.seats(), a.selectionMethod(), hearing.announcedOn(),
                a.registrationClosesOn(), hearing.takesRegistrationsOn(today), hearing.periods().announcementDays(),
                hearing.periods().registrationClosingDays(), hearing.periods().materialsDays(), hearing.stage(),
                representatives, materials, hearing.materialsProvidedOn().orElse(null),
                hearing.minutes().map(m -> m.text()).orElse(null),
                hearing.minutes().map(m -> m.recordedOn()).orElse(null), hearing.version());
    }

    static StaffHearingView.RegistrationView registration(HearingRegistration registration, boolean selected) {
        return new StaffHearingView.RegistrationView(registration.getId().toString(),
                registration.registrant().name().masked(), registration.registrant().phone().masked(),
                registration.statement(), registration.registeredOn(), selected);
    }
}
