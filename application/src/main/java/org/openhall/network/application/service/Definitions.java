package org.openhall.network.application.service;

import java.util.List;

import org.openhall.network.application.port.in.DepartmentDefinition;
import org.openhall.network.application.port.in.HallDefinition;
import org.openhall.network.application.port.in.StaffDefinition;
import org.openhall.network.application.port.in.WindowDefinition;
import org.openhall.network.application.port.in.WindowItem;
import org.openhall.network.domain.Department;
import org.openhall.network.domain.HandledItem;
import org.openhall.network.domain.ServiceHall;
import org.openhall.network.domain.ServiceWindow;
import org.openhall.network.domain.StaffAccount;

/**
 * Between the network's aggregates and their definitions. A definition built from an aggregate is
 * normalized (text stripped, items in code order), so two definitions of the same state are equal:
 * that is how applying tells {@code CHANGED} from {@code UNCHANGED}.
 */
final class Definitions {

    private Definitions() {
    }

    static HallDefinition of(ServiceHall hall) {
        return new HallDefinition(hall.code(), hall.name(), hall.level(), hall.parent(), hall.address(),
                hall.openingHours(), hall.items());
    }

    static DepartmentDefinition of(Department department) {
        return new DepartmentDefinition(department.code(), department.name(), department.stationed());
    }

    static WindowDefinition of(ServiceWindow window) {
        return new WindowDefinition(window.code(), window.hall(), window.name(), window.kind(), window.department(),
                window.items().stream().map(i -> new WindowItem(i.item(), i.decidedAtWindow())).toList(),
                window.postA(), window.postB());
    }

    static StaffDefinition of(StaffAccount account) {
        return new StaffDefinition(account.username(), account.displayName(), account.roles(), account.department(),
                account.hall());
    }

    static ServiceHall toHall(HallDefinition d) {
        return ServiceHall.of(d.code(), d.name(), d.level(), d.parent(), d.address(), d.openingHours(), d.items());
    }

    static Department toDepartment(DepartmentDefinition d) {
        return Department.of(d.code(), d.name(), d.stationed());
    }

    static ServiceWindow toWindow(WindowDefinition d) {
        List<HandledItem> items = d.items().stream()
                .map(i -> i == null ? null : new HandledItem(i.item(), i.decidedAtWindow())).toList();
        return ServiceWindow.of(d.code(), d.hall(), d.name(), d.kind(), d.department(), items, d.postA(), d.postB());
    }
}
