package org.openhall.servicecase.application.port.in;

import org.openhall.servicecase.domain.preapplication.Appointment;
import org.openhall.servicecase.domain.preapplication.PreApplicationId;
import org.openhall.shared.domain.access.Actor;

/** 预审通过、预约: pre-review passes and invites the applicant to a window. */
public record InviteApplicantCommand(Actor actor, PreApplicationId preApplicationId, Appointment appointment) {
}
