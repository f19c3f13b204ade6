package org.openhall.participation.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.participation.domain.HearingId;
import org.openhall.shared.domain.access.Actor;

/**
 * What staff read of a hearing: its registrations too. The organising department's staff and
 * supervisors only ({@code access.outside-department} otherwise).
 */
@PrimaryPort
public interface StaffHearingQuery {

    StaffHearingView hearing(Actor actor, HearingId id);
}
