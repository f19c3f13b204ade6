package org.openhall.participation.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.participation.domain.ParticipationFixtures.DRAFTER;
import static org.openhall.participation.domain.ParticipationFixtures.OUYANG;
import static org.openhall.participation.domain.ParticipationFixtures.ZHANG_SAN;
import static org.openhall.participation.domain.ParticipationFixtures.draftPublishedOn;
import static org.openhall.participation.domain.ParticipationFixtures.on;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.participation.domain.Adoption;
import org.openhall.participation.domain.Comment;
import org.openhall.participation.domain.CommentId;
import org.openhall.participation.domain.CommentSnapshot;
import org.openhall.participation.domain.CommentStatus;
import org.openhall.participation.domain.Commenter;
import org.openhall.participation.domain.DraftDecision;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/**
 * What every {@link CommentRepository} must do, whatever it stores comments in. A subclass hands in an
 * empty repository for each test.
 */
public abstract class CommentRepositoryContract {

    private final DraftDecision draft = draftPublishedOn("2026-09-20", 30);
    private final DraftDecision otherDraft = draftPublishedOn("2026-09-20", 30);
    private CommentRepository comments;

    /** An empty repository; called before each test. */
    protected abstract CommentRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        comments = emptyRepository();
    }

    private static Comment comment(DraftDecision draft, Commenter commenter, String date, String text) {
        return Comment.submit(CommentId.random(), draft, commenter, text, on(date));
    }

    @Test
    public void aNewCommentIsStoredAsVersionOneWithTheCommentersContactWithOrWithoutPhone() {
        Comment withPhone = comment(draft, ZHANG_SAN, "2026-09-21", "建议夜间免费时段延长至早上八点。");
        Comment withoutPhone = comment(draft, OUYANG, "2026-09-22", "建议学校周边增设临时停车位。");
        CommentSnapshot asSubmitted = withPhone.snapshot();

        Comment stored = comments.save(withPhone);
        comments.save(withoutPhone);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.snapshot()).isEqualTo(Versions.withVersion(asSubmitted, 1));
        assertThat(comments.findById(withPhone.getId())).map(Comment::snapshot)
                .contains(Versions.withVersion(asSubmitted, 1));
        assertThat(comments.findById(withoutPhone.getId())).get()
                .satisfies(c -> assertThat(c.commenter()).isEqualTo(OUYANG));
    }

    @Test
    public void moderationAndAnswersSurviveStoringAndLoading() {
        Comment adopted = comments.save(comment(draft, ZHANG_SAN, "2026-09-21", "意见一"));
        Comment rejected = comments.save(comment(draft, OUYANG, "2026-09-22", "意见二"));

        adopted = reload(adopted);
        adopted.publish(draft, DRAFTER, on("2026-09-23"));
        adopted = comments.save(adopted);
        adopted = reload(adopted);
        adopted.answer(draft, Adoption.PARTLY_ADOPTED, "延长至七点", DRAFTER, on("2026-10-21"));
        CommentSnapshot answered = comments.save(adopted).snapshot();
        rejected = reload(rejected);
        rejected.reject(draft, "含有他人身份证号码", DRAFTER, on("2026-09-23"));
        CommentSnapshot kept = comments.save(rejected).snapshot();

        assertThat(reload(adopted).snapshot()).isEqualTo(answered);
        assertThat(answered.version()).isEqualTo(3);
        assertThat(answered.answer().adoption()).isEqualTo(Adoption.PARTLY_ADOPTED);
        assertThat(reload(rejected).snapshot()).isEqualTo(kept);
        assertThat(kept.moderation().reason()).isEqualTo("含有他人身份证号码");
    }

    @Test
    public void savingACommentThatChangedSinceItWasReadIsAConcurrentUpdateAndTheFirstChangeStays() {
        Comment stored = comments.save(comment(draft, ZHANG_SAN, "2026-09-21", "意见"));
        Comment first = reload(stored);
        Comment second = reload(stored);
        first.publish(draft, DRAFTER, on("2026-09-22"));
        comments.save(first);
        second.reject(draft, "重复", DRAFTER, on("2026-09-22"));

        assertThatThrownBy(() -> comments.save(second)).isInstanceOf(ConcurrentUpdate.class);
        assertThat(reload(stored).status()).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    public void storingTheSameNewCommentTwiceIsAConcurrentUpdate() {
        Comment fresh = comment(draft, ZHANG_SAN, "2026-09-21", "意见");
        Comment again = Comment.restore(fresh.snapshot());
        comments.save(fresh);

        assertThatThrownBy(() -> comments.save(again)).isInstanceOf(ConcurrentUpdate.class);
        assertThat(comments.findById(CommentId.random())).isEmpty();
    }

    @Test
    public void aDraftsCommentsAreListedInTheOrderTheyCameInByStatusAndPaged() {
        Comment third = comment(draft, ZHANG_SAN, "2026-09-25", "三");
        Comment first = comment(draft, ZHANG_SAN, "2026-09-21", "一");
        Comment elsewhere = comment(otherDraft, OUYANG, "2026-09-22", "别处");
        Comment second = comment(draft, OUYANG, "2026-09-23", "二");
        second.publish(draft, DRAFTER, on("2026-09-24"));
        third.publish(draft, DRAFTER, on("2026-09-26"));
        for (Comment c : List.of(third, first, elsewhere, second)) {
            comments.save(c);
        }

        assertThat(comments.findAllByDraft(draft.getId())).extracting(Comment::getId)
                .containsExactly(first.getId(), second.getId(), third.getId());
        Page<Comment> published = comments.findByDraft(draft.getId(), Optional.of(CommentStatus.PUBLISHED),
                new PageRequest(0, 10));
        assertThat(published.content()).extracting(Comment::getId).containsExactly(second.getId(), third.getId());
        assertThat(published.totalElements()).isEqualTo(2);
        Page<Comment> secondPage = comments.findByDraft(draft.getId(), Optional.empty(), new PageRequest(1, 2));
        assertThat(secondPage.content()).extracting(Comment::getId).containsExactly(third.getId());
        assertThat(secondPage.totalElements()).isEqualTo(3);
        assertThat(comments.findByDraft(otherDraft.getId(), Optional.of(CommentStatus.REJECTED),
                new PageRequest(0, 10)).content()).isEmpty();
    }

    private Comment reload(Comment comment) {
        return comments.findById(comment.getId()).orElseThrow();
    }
}
