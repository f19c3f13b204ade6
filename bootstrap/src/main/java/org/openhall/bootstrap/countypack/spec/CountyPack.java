package org.openhall.bootstrap.countypack.spec;

import java.util.List;

/**
 * A county as data (县域配置包), as read from its folder: the centre, the national calendar years
 * and the county's own holidays, departments, halls, windows, staff, the catalog and the rule
 * parameters. Another county adapts OpenHall by writing its own pack, not by changing code.
 *
 * <p>What is read here is not yet checked: {@code validate} turns it into definitions or a list
 * of errors.
 *
 * @param location the folder it was read from
 */
public record CountyPack(String location, CentreSpec centre, List<CalendarYearSpec> calendars,
        List<LocalHolidaysSpec> localHolidays, List<DepartmentSpec> departments, List<HallSpec> halls,
        List<WindowSpec> windows, List<StaffSpec> staff, List<ItemSpec> items, List<ParameterSpec> parameters) {

    public CountyPack {
        calendars = List.copyOf(calendars);
        localHolidays = List.copyOf(localHolidays);
        departments = List.copyOf(departments);
        halls = List.copyOf(halls);
        windows = List.copyOf(windows);
        staff = List.copyOf(staff);
        items = List.copyOf(items);
        parameters = List.copyOf(parameters);
    }
}
