package org.openhall.complaint.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.complaint.domain.rating.Rectification;

/** Rectification orders (整改单). */
@SecondaryPort
public interface RectificationRepository {

    void add(Rectification rectification);

    /**
     * Writes the reply, return visit and closure of {@code rectification} if its stored version is still the
     * one it was read with; returns it as stored.
     *
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate when someone else changed it first
     */
    Rectification update(Rectification rectification);

    Optional<Rectification> findById(UUID id);

    Optional<Rectification> findByRating(UUID ratingId);

    /** Rectifications of {@code department} (every department when {@code null}), the earliest due first. */
    List<Rectification> list(String department, boolean openOnly);
}
