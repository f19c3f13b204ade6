package org.openhall.participation.application.port.out;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.participation.domain.Hearing;
import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.HearingSnapshot;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/** A {@link HearingRepository} in memory, for tests; it keeps snapshots, never live aggregates. */
public class InMemoryHearingRepository implements HearingRepository {

    private final Map<HearingId, HearingSnapshot> hearings = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Hearing> findById(HearingId id) {
        return Optional.ofNullable(hearings.get(id)).map(Hearing::restore);
    }

    @Override
    public synchronized Hearing save(Hearing hearing) {
        HearingSnapshot snapshot = hearing.snapshot();
        HearingSnapshot current = hearings.get(snapshot.id());
        if ((current == null ? 0 : current.version()) != snapshot.version()) {
            throw new ConcurrentUpdate("hearing", snapshot.id().toString());
        }
        HearingSnapshot stored = Versions.withVersion(snapshot, snapshot.version() + 1);
        hearings.put(stored.id(), stored);
        return Hearing.restore(stored);
    }

    @Override
    public synchronized List<Hearing> findByDraft(DraftDecisionId draftId) {
        return hearings.values().stream().filter(h -> h.draftId().equals(draftId))
                .sorted(Comparator.comparing((HearingSnapshot h) -> h.announcement().heldOn())
                        .thenComparing(HearingSnapshot::announcedAt))
                .map(Hearing::restore).toList();
    }
}
