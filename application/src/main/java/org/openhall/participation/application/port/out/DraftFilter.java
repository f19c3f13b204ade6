package org.openhall.participation.application.port.out;

import java.time.LocalDate;
import java.util.Optional;

import org.openhall.shared.domain.access.DepartmentCode;

/**
 * Which drafts to list.
 *
 * @param department only this department's drafts, when given
 * @param publicOn   only drafts whose comment period opened on or before this day, when given
 */
public record DraftFilter(Optional<DepartmentCode> department, Optional<LocalDate> publicOn) {

    public static DraftFilter all() {
        return new DraftFilter(Optional.empty(), Optional.empty());
    }
}
