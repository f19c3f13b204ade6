package org.openhall.complaint.application.port.out;

import java.time.Instant;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.complaint.domain.rating.RatedService;

/**
 * Hands a new rating code to the applicant (e.g. by SMS). The code exists in clear only on its way here:
 * the rating side stores its hash.
 */
@SecondaryPort
public interface RatingInvitationDelivery {

    /**
     * Sends {@code groupedCode} for {@code service}; {@code sequence} is the number of the event that made it
     * ratable (so that a redelivered event does not send twice).
     */
    void deliver(RatedService service, int sequence, String groupedCode, Instant expiresAt);
}
