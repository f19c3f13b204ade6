package org.openhall.servicecase.application.port.out;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.application.port.in.CaseListFilter;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.CaseTransition;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.ServiceCaseSnapshot;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/**
 * A {@link ServiceCaseRepository} in memory, for tests of the use cases. It keeps snapshots, never
 * the live aggregates, so that a test sees exactly what a real store would give back.
 */
public class InMemoryServiceCaseRepository implements ServiceCaseRepository {

    private static final Comparator<ServiceCaseSnapshot> NEWEST_FIRST = Comparator
            .comparing(ServiceCaseSnapshot::receivedAt).thenComparing(s -> s.number().value()).reversed();

    private final Map<ServiceCaseId, ServiceCaseSnapshot> cases = new LinkedHashMap<>();
    private final Map<ServiceCaseId, List<CaseTransition>> transitions = new LinkedHashMap<>();

    @Override
    public synchronized Optional<ServiceCase> findById(ServiceCaseId id) {
        return Optional.ofNullable(cases.get(id)).map(ServiceCase::restore);
    }

    @Override
    public synchronized ServiceCase save(ServiceCase serviceCase) {
        List<CaseTransition> recorded = serviceCase.pullTransitions();
        ServiceCaseSnapshot snapshot = serviceCase.snapshot();
        ServiceCaseSnapshot current = cases.get(snapshot.id());
        long storedVersion = current == null ? 0 : current.version();
        if (storedVersion != snapshot.version()) {
            throw new ConcurrentUpdate("case", snapshot.id().toString());
        }
        ServiceCaseSnapshot stored = snapshot.withVersion(snapshot.version() + 1);
        cases.put(stored.id(), stored);
        transitions.computeIfAbsent(stored.id(), id -> new ArrayList<>()).addAll(recorded);
        return ServiceCase.restore(stored);
    }

    @Override
    public synchronized Page<ServiceCase> findAll(CaseListFilter filter, PageRequest page) {
        List<ServiceCaseSnapshot> matching = cases.values().stream()
                .filter(c -> filter.status().map(s -> s == c.status()).orElse(true))
                .filter(c -> filter.department().map(d -> d.equals(c.department())).orElse(true))
                .filter(c -> filter.applicantIdNumber().map(n -> n.equals(c.applicant().idNumber())).orElse(true))
                .filter(c -> filter.applicantPhone().map(p -> p.equals(c.applicant().phone())).orElse(true))
                .filter(c -> filter.handledAt().map(h -> h.covers(c.place())).orElse(true))
                .sorted(NEWEST_FIRST)
                .toList();
        List<ServiceCase> content = matching.stream().skip(page.offset()).limit(page.size())
                .map(ServiceCase::restore).toList();
        return Page.of(content, page, matching.size());
    }

    @Override
    public synchronized Page<ServiceCase> findOpenAtWindows(Set<WindowCode> windows, PageRequest page) {
        List<ServiceCaseSnapshot> matching = cases.values().stream()
                .filter(c -> c.window() != null && windows.contains(c.window()))
                .filter(c -> c.status().isOpen())
                .sorted(NEWEST_FIRST.reversed())
                .toList();
        List<ServiceCase> content = matching.stream().skip(page.offset()).limit(page.size())
                .map(ServiceCase::restore).toList();
        return Page.of(content, page, matching.size());
    }

    @Override
    public synchronized List<ServiceCaseId> lockReceiptsAwaitingAcceptance(LocalDate receivedOnOrBefore, int limit) {
        return cases.values().stream()
                .filter(c -> c.status() == CaseStatus.SUBMITTED && !c.roundReceivedOn().isAfter(receivedOnOrBefore))
                .sorted(NEWEST_FIRST.reversed()).limit(limit).map(ServiceCaseSnapshot::id).toList();
    }

    @Override
    public synchronized List<CaseTransition> history(ServiceCaseId id) {
        return List.copyOf(transitions.getOrDefault(id, List.of()));
    }

    /** Every stored case as last saved, for fakes of the read-side ports. */
    public synchronized List<ServiceCaseSnapshot> snapshots() {
        return List.copyOf(cases.values());
    }
}
