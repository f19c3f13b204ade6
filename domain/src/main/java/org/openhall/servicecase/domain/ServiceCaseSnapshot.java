package org.openhall.servicecase.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.WindowCode;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.time.CaseClock;

/**
 * Everything a {@link ServiceCase} is made of, for storage and for rebuilding it through
 * {@link ServiceCase#restore(ServiceCaseSnapshot)}. The clocks are {@code null} before acceptance.
 *
 * @param window  the window (窗口) where it was received, or {@code null} (e.g. received before windows were set up)
 * @param version optimistic-lock version; 0 for a case never stored
 */
public record ServiceCaseSnapshot(ServiceCaseId id, CaseNumber number, ApprovalItemCode itemCode, int itemVersion,
        String itemName, DepartmentCode department, Applicant applicant, CaseStatus status, Instant receivedAt,
        LocalDate receivedOn, String receivedBy, WindowCode window, int submissionRound, LocalDate roundReceivedOn,
        Set<String> providedMaterials, List<OneTimeNotice> notices, LocalDate acceptedOn, CaseClock statutoryClock,
        CaseClock promisedClock, LocalDate completedOn, int transitionCount, long version) {

    public ServiceCaseSnapshot {
        providedMaterials = Set.copyOf(providedMaterials);
        notices = List.copyOf(notices);
    }
}
