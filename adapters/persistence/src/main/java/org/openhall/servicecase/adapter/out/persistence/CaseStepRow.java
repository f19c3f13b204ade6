package org.openhall.servicecase.adapter.out.persistence;

import java.time.LocalDate;

import org.openhall.shared.domain.access.Role;

/** A step of the item's procedure as the case walks it; its position is the list index. */
record CaseStepRow(String name, String handlerRole, Role requiredRole, int limitWorkingDays, boolean special,
        LocalDate startedOn, LocalDate dueOn, LocalDate completedOn, String completedBy, String actingFor,
        String opinion) {
}
