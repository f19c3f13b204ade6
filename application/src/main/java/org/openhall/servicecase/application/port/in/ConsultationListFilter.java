package org.openhall.servicecase.application.port.in;

import java.util.Optional;

import org.openhall.servicecase.domain.consultation.ConsultationState;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * Which consultations to list. A department's list holds those it is responsible for and those it
 * referred on that nobody acknowledged yet; {@code mine} narrows it to the open ones the caller is
 * responsible for. Clerks and approvers see their own department only.
 */
public record ConsultationListFilter(Optional<ConsultationState> state, Optional<DepartmentCode> department,
        boolean mine) {
}
