package org.openhall.participation.application.port.out;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openhall.participation.domain.DraftDecision;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.participation.domain.DraftDecisionSnapshot;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/** A {@link DraftDecisionRepository} in memory, for tests; it keeps snapshots, never live aggregates. */
public class InMemoryDraftDecisionRepository implements DraftDecisionRepository {

    private static final Comparator<DraftDecisionSnapshot> LATEST_FIRST = Comparator
            .comparing((DraftDecisionSnapshot s) -> s.period().opensOn())
            .thenComparing(DraftDecisionSnapshot::publishedAt)
            .thenComparing(s -> s.id().value())
            .reversed();

    private final Map<DraftDecisionId, DraftDecisionSnapshot> drafts = new LinkedHashMap<>();

    @Override
    public synchronized Optional<DraftDecision> findById(DraftDecisionId id) {
        return Optional.ofNullable(drafts.get(id)).map(DraftDecision::restore);
    }

    @Override
    public synchronized DraftDecision save(DraftDecision draft) {
        DraftDecisionSnapshot snapshot = draft.snapshot();
        DraftDecisionSnapshot current = drafts.get(snapshot.id());
        if ((current == null ? 0 : current.version()) != snapshot.version()) {
            throw new ConcurrentUpdate("decision-draft", snapshot.id().toString());
        }
        DraftDecisionSnapshot stored = Versions.withVersion(snapshot, snapshot.version() + 1);
        drafts.put(stored.id(), stored);
        return DraftDecision.restore(stored);
    }

    @Override
    public synchronized Page<DraftDecision> findAll(DraftFilter filter, PageRequest page) {
        List<DraftDecisionSnapshot> matching = drafts.values().stream()
                .filter(d -> filter.department().map(d.department()::equals).orElse(true))
                .filter(d -> filter.publicOn().map(day -> !d.period().opensOn().isAfter(day)).orElse(true))
                .sorted(LATEST_FIRST)
                .toList();
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).map(DraftDecision::restore).toList(),
                page, matching.size());
    }
}
