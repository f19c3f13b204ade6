package org.openhall.servicecase.domain.preapplication;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One recorded step of a pre-application (留痕), append-only. Steps the citizen takes online name
 * {@link PreApplication#APPLICANT} as actor.
 *
 * @param from {@code null} for the first step (submission)
 * @param actingFor the absent colleague whose post the actor filled (B acting for A), or {@code null}
 */
@ValueObject
public record PreApplicationTransition(PreApplicationId preApplicationId, int sequence, PreApplicationAction action,
        PreApplicationState from, PreApplicationState to, String actor, String actorDepartment, String actingFor,
        Instant at, String note) {
}
