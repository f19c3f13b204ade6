package org.openhall.participation.application.port.out;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.participation.domain.DraftDecision;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** Where draft decisions are kept. */
@SecondaryPort
public interface DraftDecisionRepository {

    Optional<DraftDecision> findById(DraftDecisionId id);

    /**
     * Stores the draft — inserted when new, otherwise updated only if nobody changed it since it was read.
     *
     * @return the draft as stored, carrying its new version
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate when the stored version moved on
     */
    DraftDecision save(DraftDecision draft);

    /** Drafts the filter lets through, the latest opening day first (then the latest published). */
    Page<DraftDecision> findAll(DraftFilter filter, PageRequest page);
}
