package org.openhall.network.application.port.in;

import java.util.List;

/**
 * The whole service network as data: what {@link ApplyNetworkUseCase#current()} gives back for
 * export and for diffing a pack against the stored network.
 */
public record NetworkDefinition(List<HallDefinition> halls, List<DepartmentDefinition> departments,
        List<WindowDefinition> windows, List<StaffDefinition> staff) {

    public NetworkDefinition {
        halls = List.copyOf(halls);
        departments = List.copyOf(departments);
        windows = List.copyOf(windows);
        staff = List.copyOf(staff);
    }
}
