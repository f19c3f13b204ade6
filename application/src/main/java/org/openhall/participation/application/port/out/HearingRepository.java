package org.openhall.participation.application.port.out;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.participation.domain.Hearing;
import org.openhall.participation.domain.HearingId;

/** Where hearings are kept. */
@SecondaryPort
public interface HearingRepository {

    Optional<Hearing> findById(HearingId id);

    /**
     * Stores the hearing — inserted when new, otherwise updated only if nobody changed it since it was read.
     *
     * @return the hearing as stored, carrying its new version
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate when the stored version moved on
     */
    Hearing save(Hearing hearing);

    /** The hearings on a draft, by hearing day. */
    List<Hearing> findByDraft(DraftDecisionId draftId);
}
