package org.openhall.participation.adapter.in.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openhall.participation.application.port.in.ModerationDecision;

/**
 * 审核: publish a pending comment, or reject it with the reason (the comment is kept).
 *
 * @param reason required to reject
 */
public record ModerationRequest(@NotNull ModerationDecision decision, @Size(max = 2000) String reason) {
}
