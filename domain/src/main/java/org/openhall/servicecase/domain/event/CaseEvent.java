package org.openhall.servicecase.domain.event;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * Something that happened to one case (办件事件). Every case event is the twin of one entry of
 * the case's audit trail: {@link #sequence()} is that transition's number, so the pair
 * (case id, sequence) identifies the event for ever — subscribers use it to de-duplicate, to
 * order a case's events, and the monitoring feed uses it as the event id.
 *
 * <p>Events carry codes and dates, never personal data: a subscriber that needs the applicant's
 * contact asks the servicecase context for it.
 */
public interface CaseEvent extends DomainEvent {

    /** The case's id (UUID text). */
    String caseId();

    /** The case number (办件编号) the applicant holds. */
    String caseNumber();

    /** The code of the department responsible for the case. */
    String department();

    /** The number of the audit-trail transition this event belongs to (1, 2, …). */
    int sequence();

    /** The username of whoever acted, {@code system} for scheduled jobs. */
    String actor();

    /** When it happened. */
    Instant occurredAt();
}
