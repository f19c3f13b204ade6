package org.openhall.supervision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The stored state of a {@link SupervisedCase}: what the repository writes and reads back.
 * {@code closedOn} is the day of completion, refusal or withdrawal; the two {@code within…} flags
 * are known once the case is completed.
 */
public record SupervisedCaseSnapshot(String caseId, String caseNumber, String itemCode, String department,
        String window, String channel, boolean onlineAvailable, CaseStage stage, LocalDate receivedOn,
        LocalDate acceptedOn, LocalDate promisedDueOn, LocalDate statutoryDueOn, CurrentStep step,
        List<CasePause> pauses, LocalDate closedOn, Boolean withinPromisedLimit, Boolean withinStatutoryLimit,
        Set<String> handlers, LocalDate nextCheckOn) {
}
