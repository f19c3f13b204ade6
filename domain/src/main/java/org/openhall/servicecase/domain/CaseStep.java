package org.openhall.servicecase.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.catalog.domain.ProcedureStep;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * One step of the item's procedure (办理环节) as this case walks it: who handles it, its own time
 * limit counted in working days from the day it started, and the handler's opinion when it ends.
 *
 * <p>The catalog names the handler in words (窗口受理人员, 科室负责人 …). The case needs a role:
 * a handler whose name speaks of the window (窗口, "window", "clerk") is a {@link Role#CLERK};
 * every other handler is a {@link Role#DEPARTMENT_APPROVER}. Either acts only in the case's own
 * department.
 *
 * @param position    1 for the first step of the procedure
 * @param special     a special procedure step (Art. 45), whose time pauses only with a written notice
 * @param dueOn       the last day of the step's own limit; {@code null} before it starts and while
 *                    the case clock is paused (it moves by the paused working days)
 * @param actingFor   the absent colleague whose post the handler filled (B acting for A), or {@code null}
 */
@ValueObject
public record CaseStep(int position, String name, String handlerRole, Role requiredRole, int limitWorkingDays,
        boolean special, LocalDate startedOn, LocalDate dueOn, LocalDate completedOn, String completedBy,
        String actingFor, String opinion) {

    public CaseStep {
        if (position < 1) {
            throw new InvalidValue("position", "must be at least 1");
        }
        name = Texts.required("step.name", name);
        handlerRole = Texts.required("step.handlerRole", handlerRole);
        Texts.given("step.requiredRole", requiredRole);
        if (limitWorkingDays < 0) {
            throw new InvalidValue("step.limitWorkingDays", "must not be negative");
        }
        if (completedOn != null) {
            opinion = Texts.required("opinion", opinion);
        }
    }

    /** The step {@code position} of the procedure, not started yet. */
    public static CaseStep of(int position, ProcedureStep step) {
        return new CaseStep(position, step.name(), step.handlerRole(), requiredRoleFor(step.handlerRole()),
                step.limitWorkingDays(), step.special(), null, null, null, null, null, null);
    }

    /** The role a handler described as {@code handlerRole} must hold: see the class comment. */
    public static Role requiredRoleFor(String handlerRole) {
        String text = handlerRole.toLowerCase(Locale.ROOT);
        return text.contains("窗口") || text.contains("window") || text.contains("clerk") ? Role.CLERK
                : Role.DEPARTMENT_APPROVER;
    }

    public boolean started() {
        return startedOn != null;
    }

    public boolean completed() {
        return completedOn != null;
    }

    CaseStep startedOn(LocalDate day, WorkingDayCalendar calendar) {
        return new CaseStep(position, name, handlerRole, requiredRole, limitWorkingDays, special, day,
                calendar.addWorkingDays(day, limitWorkingDays), null, null, null, null);
    }

    CaseStep completedOn(LocalDate day, String by, String onBehalfOf, String withOpinion) {
        return new CaseStep(position, name, handlerRole, requiredRole, limitWorkingDays, special, startedOn, dueOn,
                day, by, onBehalfOf, withOpinion);
    }

    /**
     * This step with its due date worked out again under {@code pauses}: the paused working days
     * after the step began are added to its own limit; unknown while a pause is open.
     */
    CaseStep rescheduled(List<CasePause> pauses, WorkingDayCalendar calendar) {
        if (!started() || completed()) {
            return this;
        }
        LocalDate due = calendar.addWorkingDays(startedOn, limitWorkingDays);
        for (CasePause pause : pauses) {
            if (pause.to() != null && !pause.to().isAfter(startedOn)) {
                continue;
            }
            if (pause.from().isAfter(due)) {
                break;
            }
            if (pause.isOpen()) {
                due = null;
                break;
            }
            LocalDate from = pause.from().isAfter(startedOn) ? pause.from() : startedOn.plusDays(1);
            due = calendar.addWorkingDays(due, calendar.workingDaysBetween(from.minusDays(1), pause.to()));
        }
        return new CaseStep(position, name, handlerRole, requiredRole, limitWorkingDays, special, startedOn, due,
                completedOn, completedBy, actingFor, opinion);
    }
}
