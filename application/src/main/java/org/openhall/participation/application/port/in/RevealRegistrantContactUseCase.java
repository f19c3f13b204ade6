package org.openhall.participation.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.RegistrationId;
import org.openhall.shared.domain.access.Actor;

/**
 * Shows the organising department the full name and phone of someone who registered for a hearing,
 * e.g. to deliver the materials. Every reveal is recorded.
 */
@PrimaryPort
public interface RevealRegistrantContactUseCase {

    ContactView revealRegistrant(Actor actor, HearingId hearingId, RegistrationId registrationId);
}
