package org.openhall.disclosure.application.port.out;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openhall.disclosure.application.port.in.DisclosureRequestFilter;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.request.DisclosureRequest;
import org.openhall.disclosure.domain.request.DisclosureRequestId;
import org.openhall.disclosure.domain.request.DisclosureRequestSnapshot;
import org.openhall.disclosure.domain.request.RequestStatus;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/** A {@link DisclosureRequestRepository} in memory for use-case tests; it keeps snapshots, never live aggregates. */
public class InMemoryDisclosureRequestRepository implements DisclosureRequestRepository {

    private static final Comparator<DisclosureRequestSnapshot> NEWEST_FIRST = Comparator
            .comparing(DisclosureRequestSnapshot::submittedAt).thenComparing(s -> s.number().value()).reversed();

    private final Map<DisclosureRequestId, DisclosureRequestSnapshot> requests = new LinkedHashMap<>();
    private final Map<DisclosureRequestId, List<AuditRecord>> audit = new LinkedHashMap<>();

    @Override
    public synchronized Optional<DisclosureRequest> findById(DisclosureRequestId id) {
        return Optional.ofNullable(requests.get(id)).map(DisclosureRequest::restore);
    }

    @Override
    public synchronized DisclosureRequest save(DisclosureRequest request) {
        List<AuditRecord> recorded = request.pullAudit();
        DisclosureRequestSnapshot snapshot = request.snapshot();
        DisclosureRequestSnapshot current = requests.get(snapshot.id());
        if ((current == null ? 0 : current.version()) != snapshot.version()) {
            throw new ConcurrentUpdate("disclosure-request", snapshot.id().toString());
        }
        DisclosureRequestSnapshot stored = Versions.withVersion(snapshot, snapshot.version() + 1);
        requests.put(stored.id(), stored);
        audit.computeIfAbsent(stored.id(), id -> new ArrayList<>()).addAll(recorded);
        return DisclosureRequest.restore(stored);
    }

    @Override
    public synchronized Page<DisclosureRequest> findAll(DisclosureRequestFilter filter, PageRequest page) {
        List<DisclosureRequestSnapshot> matching = requests.values().stream()
                .filter(r -> filter.status().map(s -> s == r.status()).orElse(true)).sorted(NEWEST_FIRST).toList();
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).map(DisclosureRequest::restore).toList(),
                page, matching.size());
    }

    @Override
    public synchronized List<DisclosureRequest> findRunning() {
        return requests.values().stream()
                .filter(r -> r.status() == RequestStatus.IN_PROGRESS || r.status() == RequestStatus.DEFERRED)
                .map(DisclosureRequest::restore).toList();
    }

    @Override
    public synchronized List<DisclosureRequest> findReceivedFrom(String requesterIdentifier, LocalDate from,
            LocalDate to) {
        return requests.values().stream()
                .filter(r -> r.requester().identifier().equals(requesterIdentifier))
                .filter(r -> r.receivedOn() != null && !r.receivedOn().isBefore(from) && !r.receivedOn().isAfter(to))
                .map(DisclosureRequest::restore).toList();
    }

    @Override
    public synchronized List<DisclosureRequest> findArrivedUpTo(LocalDate lastDay) {
        return requests.values().stream().filter(r -> !r.submittedOn().isAfter(lastDay))
                .map(DisclosureRequest::restore).toList();
    }

    @Override
    public synchronized List<AuditRecord> history(DisclosureRequestId id) {
        return List.copyOf(audit.getOrDefault(id, List.of()));
    }
}
