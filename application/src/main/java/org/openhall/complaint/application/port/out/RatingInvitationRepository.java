package org.openhall.complaint.application.port.out;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.complaint.domain.rating.RatingInvitation;

/** Rating invitations, found by the hash of their code. */
@SecondaryPort
public interface RatingInvitationRepository {

    void add(RatingInvitation invitation);

    Optional<RatingInvitation> findByCodeHash(String codeHash);
}
