package org.openhall.network.application.port.in;

import java.time.LocalDate;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.domain.access.Actor;

/**
 * Marks a staff member absent (请假/外出) for a period, so that their windows' B posts act for
 * them. Department approvers record absences of their own department's staff; administrators of
 * anybody's. The record is written to the network's change log in the same transaction.
 */
@PrimaryPort
public interface RecordAbsenceUseCase {

    /**
     * @param from first day away
     * @param to last day away, included; not before {@code from}
     * @throws org.openhall.shared.application.problem.ResourceNotFound {@code staff.not-found}
     * @throws org.openhall.shared.application.problem.OutsideDepartmentScope for an approver of another department
     * @throws AbsenceRecordingNotAllowed for anybody who is neither approver nor administrator
     */
    AbsenceView recordAbsence(Actor actor, StaffUsername staff, LocalDate from, LocalDate to, String reason);
}
