package org.openhall.complaint.application.port.out;

import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.complaint.domain.rating.RatedService;
import org.openhall.complaint.domain.rating.RatedServiceKind;

/** The ratable service events (可评价事项). */
@SecondaryPort
public interface RatedServiceRepository {

    /**
     * Stores {@code service} unless an event of the same kind and reference is already there (a redelivered
     * case or ticket event); true when it was stored now.
     */
    boolean addIfAbsent(RatedService service);

    Optional<RatedService> find(RatedServiceKind kind, String reference);

    Optional<RatedService> findByNumber(RatedServiceKind kind, String number);

    Optional<RatedService> findById(UUID id);
}
