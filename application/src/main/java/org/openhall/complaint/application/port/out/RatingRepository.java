package org.openhall.complaint.application.port.out;

import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.complaint.domain.rating.ExclusionGround;
import org.openhall.complaint.domain.rating.Rating;

/**
 * The ratings, append-only: a rating is added and never changed, except for the exclusion a re-review
 * decides.
 */
@SecondaryPort
public interface RatingRepository {

    /**
     * Adds {@code rating}.
     *
     * @throws org.openhall.complaint.domain.rating.problem.RatingAlreadyGiven when the event was already
     *         rated on that channel — decided by the store's unique key, so two raters at the same instant
     *         cannot both get in
     */
    void add(Rating rating, String number);

    Optional<Rating> findById(UUID id);

    /** Marks the rating excluded from the figures on {@code ground}. */
    void exclude(UUID id, ExclusionGround ground);
}
