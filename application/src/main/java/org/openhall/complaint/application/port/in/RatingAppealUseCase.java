package org.openhall.complaint.application.port.in;

import java.util.List;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.complaint.domain.rating.AppealDecision;
import org.openhall.complaint.domain.rating.ExclusionGround;
import org.openhall.shared.domain.access.Actor;

/**
 * 申诉与复核: the handling department appeals a bad rating as malicious or mistaken; a supervisor decides.
 * An upheld appeal excludes the rating from the figures; the rating and the appeal both stay.
 */
@PrimaryPort
public interface RatingAppealUseCase {

    /** By a department approver or head of the rated service's department. */
    RatingAppealView appeal(Actor actor, UUID ratingId, ExclusionGround ground, String reason);

    /** By a supervisor, once. */
    RatingAppealView review(Actor actor, UUID appealId, AppealDecision decision, String note);

    /** Every appeal of a rating, the oldest first (the audit trail of its exclusion). */
    List<RatingAppealView> appealsOf(Actor actor, UUID ratingId);
}
