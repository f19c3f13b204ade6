package org.openhall.servicecase.application.port.in;

import java.time.LocalDate;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/** 延期: extend the limit by {@code workingDays}, approved by the agency head {@code approvedBy} for {@code reason}, the applicant told on {@code applicantToldOn} (Art. 42). */
public record ExtendCaseDeadlineCommand(Actor actor, ServiceCaseId caseId, int workingDays, String approvedBy, String reason, LocalDate applicantToldOn) {
}
