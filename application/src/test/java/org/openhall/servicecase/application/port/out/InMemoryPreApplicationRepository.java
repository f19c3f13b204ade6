package org.openhall.servicecase.application.port.out;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openhall.servicecase.domain.preapplication.PreApplication;
import org.openhall.servicecase.domain.preapplication.PreApplicationId;
import org.openhall.servicecase.domain.preapplication.PreApplicationReference;
import org.openhall.servicecase.domain.preapplication.PreApplicationSnapshot;
import org.openhall.servicecase.domain.preapplication.PreApplicationState;
import org.openhall.servicecase.domain.preapplication.PreApplicationTransition;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.domain.access.DepartmentCode;

/** Pre-applications in a map, with the same version check and list rules as the JDBC adapter. */
public class InMemoryPreApplicationRepository implements PreApplicationRepository {

    private final Map<PreApplicationId, PreApplicationSnapshot> rows = new LinkedHashMap<>();
    private final List<PreApplicationTransition> transitions = new ArrayList<>();

    @Override
    public Optional<PreApplication> findById(PreApplicationId id) {
        return Optional.ofNullable(rows.get(id)).map(PreApplication::restore);
    }

    @Override
    public Optional<PreApplication> findByReference(PreApplicationReference reference) {
        return rows.values().stream().filter(s -> s.reference().equals(reference)).findFirst()
                .map(PreApplication::restore);
    }

    @Override
    public PreApplication save(PreApplication preApplication) {
        PreApplicationSnapshot s = preApplication.snapshot();
        PreApplicationSnapshot stored = rows.get(s.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (s.version() != storedVersion) {
            throw new ConcurrentUpdate("pre-application", s.id().toString());
        }
        PreApplicationSnapshot next = new PreApplicationSnapshot(s.id(), s.reference(), s.itemCode(), s.itemVersion(),
                s.department(), s.applicant(), s.materials(), s.note(), s.state(), s.round(), s.submittedAt(),
                s.submittedOn(), s.reviewDue(), s.corrections(), s.appointment(), s.caseId(), s.caseNumber(),
                s.transitionCount(), storedVersion + 1);
        rows.put(s.id(), next);
        transitions.addAll(preApplication.pullTransitions());
        return PreApplication.restore(next);
    }

    @Override
    public Page<PreApplication> findAll(Optional<PreApplicationState> state, Optional<DepartmentCode> department,
            Optional<LocalDate> overdueOn, PageRequest page) {
        List<PreApplicationSnapshot> matching = rows.values().stream()
                .filter(s -> state.map(st -> st == s.state()).orElse(true))
                .filter(s -> department.map(d -> d.equals(s.department())).orElse(true))
                .filter(s -> overdueOn.map(day -> s.state() == PreApplicationState.PENDING_REVIEW
                        && s.reviewDue().isBefore(day)).orElse(true))
                .sorted(Comparator.comparing(PreApplicationSnapshot::reviewDue)
                        .thenComparing(PreApplicationSnapshot::submittedAt))
                .toList();
        List<PreApplication> content = matching.stream().skip(page.offset()).limit(page.size())
                .map(PreApplication::restore).toList();
        return Page.of(content, page, matching.size());
    }

    @Override
    public List<PreApplicationTransition> history(PreApplicationId id) {
        return transitions.stream().filter(t -> t.preApplicationId().equals(id))
                .sorted(Comparator.comparingInt(PreApplicationTransition::sequence)).toList();
    }
}
