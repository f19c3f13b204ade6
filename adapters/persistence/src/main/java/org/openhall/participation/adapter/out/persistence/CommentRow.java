package org.openhall.participation.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.openhall.participation.domain.CommentStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A stored comment, its moderation and answer embedded under prefixes, empty until given. */
@Table("participation_comment")
record CommentRow(
        @Id UUID id,
        UUID draftId,
        String commenterName,
        String commenterPhone,
        String text,
        Instant submittedAt,
        LocalDate submittedOn,
        CommentStatus status,
        @Embedded.Nullable(prefix = "moderation_") ModerationRow moderation,
        @Embedded.Nullable(prefix = "answer_") AnswerRow answer,
        @Version long version) {
}
