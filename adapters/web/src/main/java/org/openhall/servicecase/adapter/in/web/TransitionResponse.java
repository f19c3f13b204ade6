package org.openhall.servicecase.adapter.in.web;

import java.time.OffsetDateTime;

import org.openhall.servicecase.domain.CaseAction;
import org.openhall.servicecase.domain.CaseStatus;

/**
 * One step of a case's record (留痕): who did what, when, from which state to which.
 *
 * @param from {@code null} for the submission, the first step
 * @param at   in the centre's offset
 */
public record TransitionResponse(int sequence, CaseAction action, CaseStatus from, CaseStatus to, String actor,
        String actorDepartment, String actingFor, OffsetDateTime at, String note) {
}
