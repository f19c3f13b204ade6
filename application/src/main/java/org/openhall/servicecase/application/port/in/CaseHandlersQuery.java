package org.openhall.servicecase.application.port.in;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Who acted on a case (经办人), found by its case number: what an efficiency complaint (效能投诉)
 * about the case is linked to. Read from the case's append-only history.
 */
@PrimaryPort
public interface CaseHandlersQuery {

    /** The case numbered {@code caseNumber} with its handlers, or empty when no case has that number. */
    Optional<CaseHandlersView> handlersOf(String caseNumber);
}
