package org.openhall.catalog.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * One step of an item's procedure (办理环节), e.g. 受理, 审查, 决定.
 *
 * @param name             the step's name as the guide shows it
 * @param handlerRole      who performs it (e.g. 窗口受理人员, 科室负责人)
 * @param limitWorkingDays the step's own time limit in working days; 0 for a step done on the spot
 * @param special          a special step (特别程序) — hearing, tendering, auction, inspection, testing,
 *                         quarantine, appraisal or expert review — whose time is not counted in the
 *                         licensing time limit (Administrative Licensing Law Art. 45)
 */
@ValueObject
public record ProcedureStep(String name, String handlerRole, int limitWorkingDays, boolean special) {

    public ProcedureStep {
        if (name == null || name.isBlank()) {
            throw new InvalidValue("procedure.name", "must not be blank");
        }
        if (handlerRole == null || handlerRole.isBlank()) {
            throw new InvalidValue("procedure.handlerRole", "must say who performs the step");
        }
        if (limitWorkingDays < 0) {
            throw new InvalidValue("procedure.limitWorkingDays", "must not be negative");
        }
        name = name.strip();
        handlerRole = handlerRole.strip();
    }
}
