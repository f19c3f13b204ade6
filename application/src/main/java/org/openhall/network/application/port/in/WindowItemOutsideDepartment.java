package org.openhall.network.application.port.in;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * A department window (部门窗口) was given an item of another department: a department's window
 * receives its own department's items only; items of several departments belong at a general
 * window (综合窗口).
 */
public final class WindowItemOutsideDepartment extends DomainProblem {

    public WindowItemOutsideDepartment(String window, String department, String item, String itemDepartment) {
        super("window.item-outside-department", ProblemKind.UNPROCESSABLE,
                "Window " + window + " of department " + department + " cannot handle item " + item
                        + " of department " + itemDepartment,
                details(window, department, item, itemDepartment));
    }

    private static Map<String, Object> details(String window, String department, String item, String itemDepartment) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("window", window);
        details.put("department", department);
        details.put("item", item);
        details.put("itemDepartment", itemDepartment);
        return details;
    }
}
