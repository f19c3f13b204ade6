package org.openhall.servicecase.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.WindowCode;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.HallScope;
import org.openhall.shared.domain.time.CaseClock;

/**
 * Everything a {@link ServiceCase} is made of, for storage and for rebuilding it through
 * {@link ServiceCase#restore(ServiceCaseSnapshot)}. The clocks are {@code null} before acceptance.
 *
 * @param window  the window (窗口) where it was received, or {@code null} (e.g. received before windows were set up)
 * @param version optimistic-lock version; 0 for a case never stored
 * @param agent   the village agent (代办) for channel AGENT, else {@code null}
 * @param preApplicationReference the online pre-application (网上预审) a case of channel ONLINE came from, if known
 * @param deemed  whether the acceptance was deemed by law (Art. 32) rather than declared
 * @param promisedDueOn  the promised limit's due date as of the last change; {@code null} unless
 *                       accepted and running (not paused)
 * @param statutoryDueOn the same for the statutory limit
 * @param place   the hall that holds the case and its level (办理层级); {@code null} reads as the city centre
 */
public record ServiceCaseSnapshot(ServiceCaseId id, CaseNumber number, ApprovalItemCode itemCode, int itemVersion,
        String itemName, DepartmentCode department, Applicant applicant, CaseStatus status, Instant receivedAt,
        LocalDate receivedOn, String receivedBy, WindowCode window, int submissionRound, LocalDate roundReceivedOn,
        Set<String> providedMaterials, List<OneTimeNotice> notices, LocalDate acceptedOn, CaseClock statutoryClock,
        CaseClock promisedClock, LocalDate completedOn, int transitionCount, long version,
        SubmissionChannel channel, Agent agent, String preApplicationReference, boolean deemed,
        DeferredSupply deferredSupply, Refusal refusal, Withdrawal withdrawal, List<CaseStep> steps,
        List<CasePause> pauses, CaseExtension extension, Decision decision, Certificate certificate,
        Delivery delivery, CaseFees fees, LocalDate promisedDueOn, LocalDate statutoryDueOn, HallScope place) {

    public ServiceCaseSnapshot {
        place = place == null ? HallScope.CITY : place;
        providedMaterials = Set.copyOf(providedMaterials);
        notices = List.copyOf(notices);
        channel = channel == null ? SubmissionChannel.WINDOW : channel;
        steps = steps == null ? List.of() : List.copyOf(steps);
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
        fees = fees == null ? new CaseFees(List.of(), null, null) : fees;
    }

    /** A case received at a window with nothing beyond acceptance recorded (the shape of earlier releases). */
    public ServiceCaseSnapshot(ServiceCaseId id, CaseNumber number, ApprovalItemCode itemCode, int itemVersion,
            String itemName, DepartmentCode department, Applicant applicant, CaseStatus status, Instant receivedAt,
            LocalDate receivedOn, String receivedBy, WindowCode window, int submissionRound, LocalDate roundReceivedOn,
            Set<String> providedMaterials, List<OneTimeNotice> notices, LocalDate acceptedOn, CaseClock statutoryClock,
            CaseClock promisedClock, LocalDate completedOn, int transitionCount, long version) {
        this(id, number, itemCode, itemVersion, itemName, department, applicant, status, receivedAt, receivedOn,
                receivedBy, window, submissionRound, roundReceivedOn, providedMaterials, notices, acceptedOn,
                statutoryClock, promisedClock, completedOn, transitionCount, version, SubmissionChannel.WINDOW, null,
                null, false, null, null, null, List.of(), List.of(), null, null, null, null, null, null, null, null);
    }

    /** The current step: the first started and not completed, if any. */
    public java.util.Optional<CaseStep> currentStep() {
        return steps.stream().filter(s -> s.started() && !s.completed()).findFirst();
    }

    /** This snapshot with another version, as the store hands it back. */
    public ServiceCaseSnapshot withVersion(long newVersion) {
        return new ServiceCaseSnapshot(id, number, itemCode, itemVersion, itemName, department, applicant, status,
                receivedAt, receivedOn, receivedBy, window, submissionRound, roundReceivedOn, providedMaterials, notices,
                acceptedOn, statutoryClock, promisedClock, completedOn, transitionCount, newVersion, channel, agent,
                preApplicationReference, deemed, deferredSupply, refusal, withdrawal, steps, pauses, extension,
                decision, certificate, delivery, fees, promisedDueOn, statutoryDueOn, place);
    }
}
