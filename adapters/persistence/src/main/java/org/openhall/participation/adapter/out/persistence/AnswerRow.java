package org.openhall.participation.adapter.out.persistence;

import java.time.Instant;

import org.openhall.participation.domain.Adoption;

/** The answer's columns of a comment row; all empty until the comment is answered. */
record AnswerRow(Adoption adoption, String reason, String answeredBy, Instant answeredAt) {
}
