package org.openhall.participation.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.participation.domain.ParticipationFixtures.CHINA;
import static org.openhall.participation.domain.ParticipationFixtures.DRAFTER;
import static org.openhall.participation.domain.ParticipationFixtures.ZHANG_SAN;
import static org.openhall.participation.domain.ParticipationFixtures.draftPublishedOn;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openhall.participation.domain.Comment;
import org.openhall.participation.domain.CommentId;
import org.openhall.participation.domain.DraftDecision;
import org.openhall.participation.application.port.out.CommentRepository;
import org.openhall.participation.application.port.out.CommentRepositoryContract;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class CommentPersistenceAdapterIT extends CommentRepositoryContract {

    @Autowired
    CommentRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected CommentRepository emptyRepository() {
        ParticipationTables.truncate(jdbc);
        return adapter;
    }

    @Test
    void aCommentSubmittedAndModeratedAtNanosecondInstantsReadsBackAsSaveReturnedIt() {
        ParticipationTables.truncate(jdbc);
        DraftDecision draft = draftPublishedOn("2026-09-20", 30);
        Comment fresh = Comment.submit(CommentId.random(), draft, ZHANG_SAN, "意见",
                Clock.fixed(Instant.parse("2026-09-21T02:30:15.123456789Z"), CHINA));
        Comment stored = adapter.save(fresh);
        stored.publish(draft, DRAFTER, Clock.fixed(Instant.parse("2026-09-22T03:00:00.987654321Z"), CHINA));

        Comment moderated = adapter.save(stored);

        assertThat(adapter.findById(fresh.getId()).orElseThrow().snapshot()).isEqualTo(moderated.snapshot());
        assertThat(moderated.moderation()).get()
                .satisfies(m -> assertThat(m.moderatedAt()).isEqualTo(Instant.parse("2026-09-22T03:00:00.987654Z")));
    }

    @Test
    void theCommentersPhoneIsStoredSealedAndReadsBackInFull() {
        ParticipationTables.truncate(jdbc);
        DraftDecision draft = draftPublishedOn("2026-09-20", 30);
        Comment stored = adapter.save(Comment.submit(CommentId.random(), draft, ZHANG_SAN, "意见",
                Clock.fixed(Instant.parse("2026-09-21T02:30:15Z"), CHINA)));

        String raw = jdbc.sql("SELECT commenter_phone FROM participation_comment").query(String.class).single();
        assertThat(raw).startsWith("pd1:").doesNotContain(ZHANG_SAN.phone().value());
        assertThat(adapter.findById(stored.getId()).orElseThrow().snapshot().commenter().phone())
                .isEqualTo(ZHANG_SAN.phone());
    }
}
