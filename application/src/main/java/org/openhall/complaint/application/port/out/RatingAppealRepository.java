package org.openhall.complaint.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.complaint.domain.rating.RatingAppeal;

/** Appeals against bad ratings and their re-review, kept for ever as the exclusion's audit trail. */
@SecondaryPort
public interface RatingAppealRepository {

    /**
     * Adds a new appeal.
     *
     * @throws org.openhall.complaint.domain.rating.problem.AppealPending when the rating already has an
     *         undecided appeal (the store's partial unique key decides)
     */
    void add(RatingAppeal appeal);

    /** Writes the decision of an appeal that was undecided; false when it had been decided meanwhile. */
    boolean decide(RatingAppeal appeal);

    Optional<RatingAppeal> findById(UUID id);

    List<RatingAppeal> ofRating(UUID ratingId);
}
