package org.openhall.participation.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** 公开征求意见: a draft decision was published for comment from {@code opensOn} to {@code closesOn}. */
public record DraftPublishedForComment(String draftId, String department, String title, LocalDate opensOn,
        LocalDate closesOn, boolean shortenedPeriod, Instant occurredAt) implements DomainEvent {
}
