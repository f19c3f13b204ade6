package org.openhall.complaint.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;

/** 回访记录: who called the citizen back, when, and the satisfaction the citizen told. */
@ValueObject
public record FollowUp(Satisfaction satisfaction, String note, String calledBy, Instant calledAt) {
}
