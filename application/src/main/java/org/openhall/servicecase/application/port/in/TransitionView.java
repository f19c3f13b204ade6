package org.openhall.servicecase.application.port.in;

import java.time.OffsetDateTime;

import org.openhall.servicecase.domain.CaseAction;
import org.openhall.servicecase.domain.CaseStatus;

/** One step of a case's history (留痕), with the time in the centre's offset. */
public record TransitionView(int sequence, CaseAction action, CaseStatus from, CaseStatus to, String actor,
        String actorDepartment, OffsetDateTime at, String note) {
}
