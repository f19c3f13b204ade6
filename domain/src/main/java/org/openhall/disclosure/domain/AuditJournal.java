package org.openhall.disclosure.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;
import org.openhall.shared.domain.access.Actor;

/**
 * What a disclosure aggregate has recorded since it was loaded (留痕): its new audit records,
 * numbered on from the stored count, and its domain events. The aggregate writes to it; the
 * application service pulls both out once the aggregate is stored, so each is handed out once.
 */
public final class AuditJournal {

    private final String subjectId;
    private int count;
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<AuditRecord> records = new ArrayList<>();

    /** A journal for {@code subjectId} whose stored trail already holds {@code count} records. */
    public AuditJournal(String subjectId, int count) {
        this.subjectId = subjectId;
        this.count = count;
    }

    /** Appends the next audit record: {@code actor} did {@code action} at {@code at}. */
    public void audit(String action, Actor actor, Instant at, String note) {
        count++;
        records.add(new AuditRecord(subjectId, count, action, actor.username(), at, note));
    }

    /** Records a domain event for the other contexts. */
    public void publish(DomainEvent event) {
        events.add(event);
    }

    /** How many audit records the subject has, stored and new. */
    public int count() {
        return count;
    }

    /** Hands out the events recorded since the aggregate was loaded and forgets them. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** Hands out the audit records written since the aggregate was loaded and forgets them. */
    public List<AuditRecord> pullAudit() {
        List<AuditRecord> pulled = List.copyOf(records);
        records.clear();
        return pulled;
    }
}
