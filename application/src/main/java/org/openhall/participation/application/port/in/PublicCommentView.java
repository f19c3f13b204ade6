package org.openhall.participation.application.port.in;

import java.time.LocalDate;

import org.openhall.participation.domain.Adoption;

/**
 * A published comment as the public sees it: the commenter's name masked (张*), no phone.
 *
 * @param adoption     {@code null} until the adoption report is published
 * @param answerReason {@code null} until the adoption report is published
 */
public record PublicCommentView(String id, String commenterName, String text, LocalDate submittedOn,
        Adoption adoption, String answerReason) {
}
