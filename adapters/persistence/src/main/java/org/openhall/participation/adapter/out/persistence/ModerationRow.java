package org.openhall.participation.adapter.out.persistence;

import java.time.Instant;

import org.openhall.participation.domain.CommentStatus;

/** The moderation's columns of a comment row; all empty while the comment is pending. */
record ModerationRow(CommentStatus outcome, String reason, String moderatedBy, Instant moderatedAt) {
}
