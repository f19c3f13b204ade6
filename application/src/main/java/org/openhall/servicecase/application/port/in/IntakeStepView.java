package org.openhall.servicecase.application.port.in;

import java.time.OffsetDateTime;

/**
 * One step in the history (留痕) of a consultation or a pre-application, with the time in the
 * centre's offset; {@code actingFor} names the absent colleague whose post the actor filled (B
 * acting for A), else {@code null}. Steps the citizen took online name {@code applicant}.
 */
public record IntakeStepView(int sequence, String action, String from, String to, String actor,
        String actorDepartment, String actingFor, OffsetDateTime at, String note) {
}
