package org.openhall.servicecase.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;
import org.openhall.shared.domain.access.Actor;

/**
 * What a case records while it is loaded: the transitions of its audit trail (留痕) and the domain
 * events they went with. A transition's number is the {@code sequence} of its event, so the two
 * always match.
 */
final class CaseJournal {

    /** The fields every case event starts with, for the transition just recorded. */
    record Entry(String caseId, String caseNumber, String department, int sequence, String actor, Instant at) {
    }

    private final ServiceCaseId id;
    private final String caseNumber;
    private final String department;
    private int transitionCount;
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<CaseTransition> transitions = new ArrayList<>();

    CaseJournal(ServiceCaseId id, String caseNumber, String department, int transitionCount) {
        this.id = id;
        this.caseNumber = caseNumber;
        this.department = department;
        this.transitionCount = transitionCount;
    }

    Entry record(CaseAction action, CaseStatus from, CaseStatus to, Actor actor, Instant at, String note) {
        transitionCount++;
        transitions.add(new CaseTransition(id, transitionCount, action, from, to, actor.username(),
                actor.department() == null ? null : actor.department().value(), actor.actingFor(), at, note));
        return new Entry(id.toString(), caseNumber, department, transitionCount, actor.username(), at);
    }

    void publish(DomainEvent event) {
        events.add(event);
    }

    int transitionCount() {
        return transitionCount;
    }

    List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    List<CaseTransition> pullTransitions() {
        List<CaseTransition> pulled = List.copyOf(transitions);
        transitions.clear();
        return pulled;
    }
}
