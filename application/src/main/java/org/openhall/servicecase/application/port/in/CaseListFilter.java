package org.openhall.servicecase.application.port.in;

import java.util.Optional;

import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.HallScope;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;

/**
 * Which cases to list. The department is narrowed to the caller's own unless the caller may see
 * every department (supervisors), and so is the hall: {@code handledAt} keeps the cases staff at
 * that hall act on ({@link HallScope#covers}: a township's own cases, or every city case). The applicant's ID or phone number finds one person's cases by
 * exact match (the store compares keyed blind indexes, never the numbers).
 */
public record CaseListFilter(Optional<CaseStatus> status, Optional<DepartmentCode> department,
        Optional<ResidentIdNumber> applicantIdNumber, Optional<PhoneNumber> applicantPhone,
        Optional<HallScope> handledAt) {

    /** A filter at every hall. */
    public CaseListFilter(Optional<CaseStatus> status, Optional<DepartmentCode> department,
            Optional<ResidentIdNumber> applicantIdNumber, Optional<PhoneNumber> applicantPhone) {
        this(status, department, applicantIdNumber, applicantPhone, Optional.empty());
    }

    /** A filter by status and department only. */
    public CaseListFilter(Optional<CaseStatus> status, Optional<DepartmentCode> department) {
        this(status, department, Optional.empty(), Optional.empty());
    }

    public static CaseListFilter all() {
        return new CaseListFilter(Optional.empty(), Optional.empty());
    }

    /** The same filter narrowed to one department. */
    public CaseListFilter inDepartment(DepartmentCode only) {
        return new CaseListFilter(status, Optional.of(only), applicantIdNumber, applicantPhone, handledAt);
    }

    /** The same filter narrowed to the cases staff at {@code staffHall} act on. */
    public CaseListFilter handledAt(HallScope staffHall) {
        return new CaseListFilter(status, department, applicantIdNumber, applicantPhone, Optional.of(staffHall));
    }
}
