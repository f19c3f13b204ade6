package org.openhall.supervision.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.openhall.shared.domain.identity.TimeOrderedUuid;
import org.openhall.supervision.application.port.out.WarningRepository;
import org.openhall.supervision.domain.Finding;
import org.openhall.supervision.domain.Warning;

/**
 * Turns a finding into a warning, once: the store refuses a second (case, rule, level), and only
 * the transaction whose warning was stored announces it with {@code WarningRaised}.
 */
public final class WarningRaiser {

    private final WarningRepository warnings;
    private final DomainEventPublisher events;
    private final Clock clock;

    public WarningRaiser(WarningRepository warnings, DomainEventPublisher events, Clock clock) {
        this.warnings = warnings;
        this.events = events;
        this.clock = clock;
    }

    /** {@code true} when the warning is new. */
    public boolean raise(String caseId, String caseNumber, String department, String itemCode, Finding finding,
            LocalDate raisedOn) {
        Warning warning = Warning.raise(TimeOrderedUuid.next(clock).toString(), caseId, caseNumber, department, itemCode,
                finding, raisedOn, clock.instant());
        if (!warnings.addIfAbsent(warning)) {
            return false;
        }
        events.publish(List.of(warning.raised()));
        return true;
    }
}
