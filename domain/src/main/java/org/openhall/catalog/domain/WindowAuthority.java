package org.openhall.catalog.domain;

import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * What the window in the centre may decide for an item (窗口授权). The goal is that the window
 * decides (审批权限向窗口集中); where it cannot yet, the steps that still go back to the department
 * (回部门办理的环节) are named, so that the authorization rate can be measured.
 *
 * @param decidedAtWindow            whether the window decides the case itself (窗口办结)
 * @param stepsReturnedToDepartment the steps handled back in the department; empty exactly when
 *                                   the window decides
 */
@ValueObject
public record WindowAuthority(boolean decidedAtWindow, List<String> stepsReturnedToDepartment) {

    public WindowAuthority {
        stepsReturnedToDepartment = stepsReturnedToDepartment == null ? List.of()
                : stepsReturnedToDepartment.stream().map(s -> {
                    if (s == null || s.isBlank()) {
                        throw new InvalidValue("windowAuthority.stepsReturnedToDepartment", "must not hold blanks");
                    }
                    return s.strip();
                }).toList();
        if (decidedAtWindow != stepsReturnedToDepartment.isEmpty()) {
            throw new InvalidValue("windowAuthority.stepsReturnedToDepartment",
                    "names the steps returned to the department exactly when the window does not decide");
        }
    }

    /** The window decides everything. */
    public static WindowAuthority atWindow() {
        return new WindowAuthority(true, List.of());
    }

    /** The window receives; the named steps are handled in the department. */
    public static WindowAuthority returning(List<String> steps) {
        return new WindowAuthority(false, steps);
    }
}
