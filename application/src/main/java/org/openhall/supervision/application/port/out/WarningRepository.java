package org.openhall.supervision.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.supervision.application.port.in.WarningFilter;
import org.openhall.supervision.domain.CardFact;
import org.openhall.supervision.domain.Warning;
import org.openhall.supervision.domain.WarningLevel;

/** Warnings and cards, at most one per (case, rule, level) — a rule the store itself keeps. */
@SecondaryPort
public interface WarningRepository {

    /**
     * Stores {@code warning} unless its (case, rule, level) is already stored, by this or any other
     * transaction: {@code true} when it was stored now. Atomic: two sweeps at once store it once.
     */
    boolean addIfAbsent(Warning warning);

    Optional<Warning> find(String id);

    /** Stores a changed warning. @throws org.openhall.shared.application.problem.ConcurrentUpdate on a stale version */
    void update(Warning warning);

    /** Newest first. */
    Page<Warning> find(WarningFilter filter, PageRequest page);

    /** Warnings and cards raised from {@code from} to {@code to} that were not revoked, with their case's handlers. */
    List<CardFact> standingBetween(LocalDate from, LocalDate to);

    /** Warnings and cards that were not revoked, by level. */
    Map<WarningLevel, Long> countStandingByLevel();
}
