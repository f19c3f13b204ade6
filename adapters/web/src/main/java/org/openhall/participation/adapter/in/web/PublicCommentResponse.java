package org.openhall.participation.adapter.in.web;

import java.time.LocalDate;

import org.openhall.participation.domain.Adoption;

/**
 * A published comment as anyone sees it: the name masked (张*), never a phone.
 *
 * @param adoption     how it was taken up; {@code null} until the adoption report is published
 * @param answerReason the reason given; {@code null} until the adoption report is published
 */
public record PublicCommentResponse(String id, String commenterName, String text, LocalDate submittedOn,
        Adoption adoption, String answerReason) {
}
