package org.openhall.participation.application.port.in;

import java.time.LocalDate;

import org.openhall.participation.domain.DraftContent;
import org.openhall.shared.domain.access.Actor;

/**
 * 公开征求意见: the drafting department publishes a draft decision for comment.
 *
 * @param opensOn             the first day comments are taken; {@code null} for today
 * @param periodDays          the length of the period in calendar days
 * @param shorterPeriodReason why the period is shorter than 30 days; {@code null} for a period of 30 days or more
 */
public record PublishDraftForCommentCommand(Actor actor, DraftContent content, LocalDate opensOn, int periodDays,
        String shorterPeriodReason) {
}
