package org.openhall.complaint.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;

/** 答复: the department's answer to the citizen, who gave it and when. */
@ValueObject
public record TicketReply(String text, String repliedBy, Instant repliedAt) {
}
