package org.openhall.servicecase.domain.consultation;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One recorded step of a consultation (留痕), append-only.
 *
 * @param from {@code null} for the first step (recording)
 * @param actingFor the absent colleague whose post the actor filled (B acting for A), or {@code null}
 * @param note what the step said, e.g. the referral's reason or the case number
 */
@ValueObject
public record ConsultationTransition(ConsultationId consultationId, int sequence, ConsultationAction action,
        ConsultationState from, ConsultationState to, String actor, String actorDepartment, String actingFor,
        Instant at, String note) {
}
