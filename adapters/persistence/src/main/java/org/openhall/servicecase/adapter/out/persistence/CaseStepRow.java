package org.openhall.servicecase.adapter.out.persistence;

import java.time.LocalDate;

import org.openhall.shared.domain.access.Role;
import org.springframework.data.relational.core.mapping.Table;

/** A step of the item's procedure as the case walks it; its position is the list index. */
@Table("case_step")
record CaseStepRow(String name, String handlerRole, Role requiredRole, int limitWorkingDays, boolean special,
        LocalDate startedOn, LocalDate dueOn, LocalDate completedOn, String completedBy, String actingFor,
        String opinion) {
}
