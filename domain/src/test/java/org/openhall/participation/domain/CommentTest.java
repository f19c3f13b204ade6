package org.openhall.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.participation.domain.ParticipationFixtures.DRAFTER;
import static org.openhall.participation.domain.ParticipationFixtures.ZHANG_SAN;
import static org.openhall.participation.domain.ParticipationFixtures.commentOn;
import static org.openhall.participation.domain.ParticipationFixtures.draftPublishedOn;
import static org.openhall.participation.domain.ParticipationFixtures.on;

import org.junit.jupiter.api.Test;
import org.openhall.participation.domain.event.CommentSubmitted;
import org.openhall.participation.domain.problem.CommentAlreadyModerated;
import org.openhall.participation.domain.problem.CommentNotPublished;
import org.openhall.participation.domain.problem.CommentPeriodNotEnded;
import org.openhall.shared.domain.InvalidValue;

class CommentTest {

    private final DraftDecision draft = draftPublishedOn("2026-09-20", 30);

    @Test
    void aNewCommentWaitsForModerationAndItsEventCarriesNoPersonalData() {
        Comment comment = commentOn(draft, ZHANG_SAN, "2026-09-28");

        assertThat(comment.status()).isEqualTo(CommentStatus.PENDING);
        assertThat(comment.submittedOn()).hasToString("2026-09-28");
        assertThat(comment.pullEvents()).singleElement().isInstanceOfSatisfying(CommentSubmitted.class,
                e -> assertThat(e.toString()).doesNotContain("张三").doesNotContain("13800138000"));
        assertThat(comment.commenter().toString()).isEqualTo("Commenter[张*]");
    }

    @Test
    void aCommentIsPublishedOrRejectedOnceAndARejectionSaysWhy() {
        Comment published = commentOn(draft, ZHANG_SAN, "2026-09-28");
        published.publish(draft, DRAFTER, on("2026-09-29"));
        assertThat(published.status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(published.moderation()).get().satisfies(m -> assertThat(m.moderatedBy()).isEqualTo("approver.zjj"));
        assertThatThrownBy(() -> published.reject(draft, "重复提交", DRAFTER, on("2026-09-30")))
                .isInstanceOfSatisfying(CommentAlreadyModerated.class,
                        p -> assertThat(p.details()).containsEntry("commentStatus", "PUBLISHED"));

        Comment rejected = commentOn(draft, ZHANG_SAN, "2026-09-28");
        assertThatThrownBy(() -> rejected.reject(draft, " ", DRAFTER, on("2026-09-29")))
                .isInstanceOf(InvalidValue.class);
        rejected.reject(draft, "含有他人身份证号码", DRAFTER, on("2026-09-29"));
        assertThat(rejected.status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(rejected.moderation()).get().satisfies(m -> assertThat(m.reason()).isEqualTo("含有他人身份证号码"));
        assertThat(rejected.text()).as("a rejected comment is kept").isNotBlank();
    }

    @Test
    void aCommentIsAnsweredOnlyAfterThePeriodAndOnlyWhenPublished() {
        Comment comment = commentOn(draft, ZHANG_SAN, "2026-09-28");
        assertThatThrownBy(() -> comment.answer(draft, Adoption.ADOPTED, "采纳", DRAFTER, on("2026-10-21")))
                .isInstanceOfSatisfying(CommentNotPublished.class,
                        p -> assertThat(p.details()).containsEntry("commentStatus", "PENDING"));
        comment.publish(draft, DRAFTER, on("2026-09-29"));

        assertThatThrownBy(() -> comment.answer(draft, Adoption.ADOPTED, "采纳", DRAFTER, on("2026-10-20")))
                .as("on the last day of the period").isInstanceOf(CommentPeriodNotEnded.class);
        comment.answer(draft, Adoption.PARTLY_ADOPTED, "延长至七点，未延长至八点", DRAFTER, on("2026-10-21"));

        assertThat(comment.answer()).get().satisfies(a -> {
            assertThat(a.adoption()).isEqualTo(Adoption.PARTLY_ADOPTED);
            assertThat(a.answeredBy()).isEqualTo("approver.zjj");
        });
    }

    @Test
    void everyAnswerGivesAReasonAndMayBeCorrectedBeforeTheReport() {
        Comment comment = commentOn(draft, ZHANG_SAN, "2026-09-28");
        comment.publish(draft, DRAFTER, on("2026-09-29"));

        assertThatThrownBy(() -> comment.answer(draft, Adoption.NOT_ADOPTED, "", DRAFTER, on("2026-10-21")))
                .isInstanceOfSatisfying(InvalidValue.class, p -> assertThat(p.field()).isEqualTo("reason"));
        comment.answer(draft, Adoption.NOT_ADOPTED, "与上位法不符", DRAFTER, on("2026-10-21"));
        comment.answer(draft, Adoption.ADOPTED, "经复核予以采纳", DRAFTER, on("2026-10-22"));

        assertThat(comment.answer()).get().extracting(CommentAnswer::adoption).isEqualTo(Adoption.ADOPTED);
    }

    @Test
    void aRejectedCommentIsNotAnswered() {
        Comment comment = commentOn(draft, ZHANG_SAN, "2026-09-28");
        comment.reject(draft, "广告", DRAFTER, on("2026-09-29"));

        assertThatThrownBy(() -> comment.answer(draft, Adoption.NOT_ADOPTED, "不采纳", DRAFTER, on("2026-10-21")))
                .isInstanceOf(CommentNotPublished.class);
    }

    @Test
    void aStoredCommentIsRebuiltAsItWasAndAnInconsistentOneIsRefused() {
        Comment comment = commentOn(draft, ZHANG_SAN, "2026-09-28");
        comment.reject(draft, "广告", DRAFTER, on("2026-09-29"));
        CommentSnapshot s = comment.snapshot();

        assertThat(Comment.restore(s).snapshot()).isEqualTo(s);
        assertThatThrownBy(() -> new CommentSnapshot(s.id(), s.draftId(), s.commenter(), s.text(), s.submittedAt(),
                s.submittedOn(), CommentStatus.PUBLISHED, s.moderation(), null, 1)).isInstanceOf(InvalidValue.class);
    }
}
