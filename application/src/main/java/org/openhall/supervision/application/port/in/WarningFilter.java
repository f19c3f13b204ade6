package org.openhall.supervision.application.port.in;

import java.time.LocalDate;
import java.util.Optional;

import org.openhall.supervision.domain.SupervisionRule;
import org.openhall.supervision.domain.WarningLevel;
import org.openhall.supervision.domain.WarningStatus;

/** Which warnings and cards to list; every part optional. {@code from}/{@code to}: the day raised, both included. */
public record WarningFilter(Optional<String> department, Optional<WarningLevel> level, Optional<SupervisionRule> rule,
        Optional<WarningStatus> status, Optional<String> caseId, Optional<LocalDate> from, Optional<LocalDate> to) {

    public static WarningFilter all() {
        return new WarningFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public WarningFilter inDepartment(String code) {
        return new WarningFilter(Optional.of(code), level, rule, status, caseId, from, to);
    }
}
