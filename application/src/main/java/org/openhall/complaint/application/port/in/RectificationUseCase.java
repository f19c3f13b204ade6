package org.openhall.complaint.application.port.in;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.access.Actor;

/**
 * 整改: the handling department replies; the centre records the call back to the rater and closes the order.
 */
@PrimaryPort
public interface RectificationUseCase {

    /** The handling department's reply (its approver, head or clerk). */
    RectificationView reply(Actor actor, UUID id, String reply);

    /** 回访记录 by a supervisor or hotline operator: {@code caller} phoned the rater at {@code calledAt}. */
    RectificationView recordReturnVisit(Actor actor, UUID id, String caller, Instant calledAt, String outcome);

    /** 办结 by a supervisor: needs the reply and, for a real-name rater, the return visit. */
    RectificationView close(Actor actor, UUID id);
}
