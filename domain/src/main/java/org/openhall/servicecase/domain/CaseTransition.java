package org.openhall.servicecase.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One recorded step of a case (留痕): who did what, when, from which state to which. Append-only:
 * transitions are never changed once recorded.
 *
 * @param from  {@code null} for the first transition (submission)
 * @param actor the staff member's user name
 * @param actingFor the absent colleague whose post the actor filled (B acting for A), or {@code null}
 * @param note  free text the clerk entered, or a summary of the step
 */
@ValueObject
public record CaseTransition(ServiceCaseId caseId, int sequence, CaseAction action, CaseStatus from, CaseStatus to,
        String actor, String actorDepartment, String actingFor, Instant at, String note) {
}
