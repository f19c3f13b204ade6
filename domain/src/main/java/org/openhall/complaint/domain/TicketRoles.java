package org.openhall.complaint.domain;

import org.openhall.complaint.domain.problem.TicketRoleRequired;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;

/**
 * Who takes which step of a ticket's loop. The centre's hotline office (热线办) runs the loop: a
 * supervisor dispatches, presses (督办) and accepts replies; the department the ticket was dispatched
 * to (its approvers and head) signs in, returns, handles and replies; the follow-up call, closing and
 * reopening are the hotline operator's or a supervisor's.
 */
public final class TicketRoles {

    private TicketRoles() {
    }

    /** Hotline operators and window clerks take tickets in. */
    public static boolean mayTakeIn(Actor actor) {
        return actor.has(Role.HOTLINE_OPERATOR) || actor.has(Role.CLERK);
    }

    static void requireDispatcher(TicketAction action, Actor actor) {
        requireSupervisor(action, actor);
    }

    static void requireSupervisor(TicketAction action, Actor actor) {
        if (!actor.has(Role.SUPERVISOR)) {
            throw new TicketRoleRequired(action, "SUPERVISOR");
        }
    }

    static void requireCaller(TicketAction action, Actor actor) {
        if (!actor.has(Role.HOTLINE_OPERATOR) && !actor.has(Role.SUPERVISOR)) {
            throw new TicketRoleRequired(action, "HOTLINE_OPERATOR, SUPERVISOR");
        }
    }

    /** An approver or the head of the department the ticket is with. */
    static void requireDepartmentStaff(TicketAction action, Actor actor, String department) {
        boolean departmental = actor.has(Role.DEPARTMENT_APPROVER) || actor.has(Role.DEPARTMENT_HEAD);
        if (!departmental || !ofDepartment(actor, department)) {
            throw new TicketRoleRequired(action, "DEPARTMENT_APPROVER, DEPARTMENT_HEAD of " + department);
        }
    }

    /**
     * An extension is approved by the head of the department that asked for it — the department
     * answers for its own time (Role: "approves what the law reserves for the agency head, e.g. a
     * complaint's extension") — or by a supervisor, because the hotline office owns every ticket's
     * limit and may grant time when the head is absent. An approver may ask but never grant their own
     * request: the one who asks is never the one who approves.
     */
    static void requireExtensionApprover(Actor actor, String department) {
        boolean head = actor.has(Role.DEPARTMENT_HEAD) && ofDepartment(actor, department);
        if (!head && !actor.has(Role.SUPERVISOR)) {
            throw new TicketRoleRequired(TicketAction.APPROVE_EXTENSION, "DEPARTMENT_HEAD of " + department
                    + ", SUPERVISOR");
        }
    }

    private static boolean ofDepartment(Actor actor, String department) {
        return department != null && actor.department() != null && actor.department().value().equals(department);
    }
}
