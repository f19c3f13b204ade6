package org.openhall.servicecase.application.port.in;

import java.util.Optional;

import org.openhall.servicecase.domain.preapplication.PreApplicationState;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * Which pre-applications to list; {@code overdue} keeps only those whose pre-review is past its
 * due day. Clerks and approvers see their own department only.
 */
public record PreApplicationListFilter(Optional<PreApplicationState> state, Optional<DepartmentCode> department,
        boolean overdue) {
}
