package org.openhall.servicecase.application.port.in;

import java.util.Optional;

import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * Which cases to list. The department is narrowed to the caller's own unless the caller may see
 * every department (supervisors).
 */
public record CaseListFilter(Optional<CaseStatus> status, Optional<DepartmentCode> department) {

    public static CaseListFilter all() {
        return new CaseListFilter(Optional.empty(), Optional.empty());
    }
}
