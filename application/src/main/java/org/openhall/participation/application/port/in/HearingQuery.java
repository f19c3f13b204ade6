package org.openhall.participation.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.participation.domain.HearingId;

/** What anyone may read of hearings, without signing in. */
@PrimaryPort
public interface HearingQuery {

    /** The hearings on a public draft, by hearing day. */
    List<HearingView> hearingsOf(DraftDecisionId draftId);

    HearingView hearing(HearingId id);
}
