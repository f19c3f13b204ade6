package org.openhall.servicecase.application.port.out;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openhall.servicecase.domain.consultation.Consultation;
import org.openhall.servicecase.domain.consultation.ConsultationId;
import org.openhall.servicecase.domain.consultation.ConsultationSnapshot;
import org.openhall.servicecase.domain.consultation.ConsultationState;
import org.openhall.servicecase.domain.consultation.ConsultationTransition;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.domain.access.DepartmentCode;

/** Consultations in a map, with the same version check and list rules as the JDBC adapter. */
public class InMemoryConsultationRepository implements ConsultationRepository {

    private final Map<ConsultationId, ConsultationSnapshot> rows = new LinkedHashMap<>();
    private final List<ConsultationTransition> transitions = new ArrayList<>();

    @Override
    public Optional<Consultation> findById(ConsultationId id) {
        return Optional.ofNullable(rows.get(id)).map(Consultation::restore);
    }

    @Override
    public Consultation save(Consultation consultation) {
        ConsultationSnapshot s = consultation.snapshot();
        ConsultationSnapshot stored = rows.get(s.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (s.version() != storedVersion) {
            throw new ConcurrentUpdate("consultation", s.id().toString());
        }
        ConsultationSnapshot next = new ConsultationSnapshot(s.id(), s.channel(), s.enquirer(), s.question(),
                s.itemCode(), s.department(), s.originDepartment(), s.firstContactClerk(), s.responsibleClerk(),
                s.state(), s.recordedAt(), s.answer(), s.answeredBy(), s.closedAt(), s.caseId(), s.caseNumber(),
                s.referral(), s.transitionCount(), storedVersion + 1);
        rows.put(s.id(), next);
        transitions.addAll(consultation.pullTransitions());
        return Consultation.restore(next);
    }

    @Override
    public Page<Consultation> findAll(Optional<ConsultationState> state, Optional<DepartmentCode> department,
            Optional<String> responsibleClerk, PageRequest page) {
        List<ConsultationSnapshot> matching = rows.values().stream()
                .filter(s -> state.map(st -> st == s.state()).orElse(true))
                .filter(s -> department.map(d -> d.equals(s.department()) || s.state() == ConsultationState.REFERRED
                        && d.equals(s.referral().from())).orElse(true))
                .filter(s -> responsibleClerk.map(u -> u.equals(s.responsibleClerk()) && !s.state().closed())
                        .orElse(true))
                .sorted(Comparator.comparing(ConsultationSnapshot::recordedAt).reversed())
                .toList();
        List<Consultation> content = matching.stream().skip(page.offset()).limit(page.size())
                .map(Consultation::restore).toList();
        return Page.of(content, page, matching.size());
    }

    @Override
    public List<ConsultationTransition> history(ConsultationId id) {
        return transitions.stream().filter(t -> t.consultationId().equals(id))
                .sorted(Comparator.comparingInt(ConsultationTransition::sequence)).toList();
    }
}
