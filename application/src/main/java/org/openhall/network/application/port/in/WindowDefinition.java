package org.openhall.network.application.port.in;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.network.domain.WindowKind;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * A window as a county pack or an export describes it.
 *
 * @param department the department of a {@link WindowKind#DEPARTMENT} window; {@code null} for a general one
 * @param items what the window handles, with its authority; order does not matter
 * @param postA who holds the A post (A岗); required
 * @param postB who holds the B post (B岗); {@code null} when the window has none
 */
public record WindowDefinition(WindowCode code, HallCode hall, String name, WindowKind kind, DepartmentCode department,
        List<WindowItem> items, StaffUsername postA, StaffUsername postB) {

    public WindowDefinition {
        items = items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
