package org.openhall.servicecase.application.port.in;

import java.time.OffsetDateTime;

import org.openhall.servicecase.domain.CaseAction;
import org.openhall.servicecase.domain.CaseStatus;

/**
 * One step of a case's history (留痕), with the time in the centre's offset; {@code actingFor} names
 * the absent colleague whose post the actor filled (B acting for A), else {@code null}.
 */
public record TransitionView(int sequence, CaseAction action, CaseStatus from, CaseStatus to, String actor,
        String actorDepartment, String actingFor, OffsetDateTime at, String note) {
}
