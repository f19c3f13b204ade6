package org.openhall.supervision.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.supervision.domain.SupervisedCase;
import org.openhall.supervision.domain.SupervisedCaseSnapshot;
import org.openhall.supervision.domain.WatchedDeadline;

/** The supervised cases (受监察办件). */
@SecondaryPort
public interface SupervisedCaseRepository {

    Optional<SupervisedCase> find(String caseId);

    void save(SupervisedCase supervisedCase);

    /** Up to {@code limit} open cases whose next check day is {@code today} or earlier, earliest first. */
    List<SupervisedCase> dueForCheck(LocalDate today, int limit);

    /** Records the sweep's next look at a case without touching the rest of it. */
    void planNextCheck(String caseId, LocalDate nextCheckOn);

    /** Completed cases whose completion day lies from {@code from} to {@code to}, both included. */
    List<SupervisedCaseSnapshot> completedBetween(LocalDate from, LocalDate to);

    /** The number of open cases. */
    long countOpen();

    /** Open cases due from {@code from} to {@code to} (both included) on {@code watched}. */
    long countDueBetween(WatchedDeadline watched, LocalDate from, LocalDate to);

    /** Open cases past {@code watched} due date on {@code today}, per department. */
    Map<String, Long> countOverdueByDepartment(WatchedDeadline watched, LocalDate today);
}
