package org.openhall.bootstrap.countypack;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openhall.catalog.application.port.in.ItemDefinition;
import org.openhall.network.application.port.in.DepartmentDefinition;
import org.openhall.network.application.port.in.HallDefinition;
import org.openhall.network.application.port.in.WindowDefinition;
import org.openhall.shared.domain.calendar.CalendarYear;

/**
 * A county pack that passed validation, as the definitions the use cases apply.
 *
 * @param nationalYears the national calendar years ({@code CN}), as the notices publish them
 * @param countyYears the county's years: each national year with the county's own holidays added
 * @param parameters the rule parameters by key, ordered
 */
public record ValidatedPack(String location, Centre centre, List<CalendarYear> nationalYears,
        List<CalendarYear> countyYears, List<DepartmentDefinition> departments, List<HallDefinition> halls,
        List<StaffEntry> staff, List<ItemDefinition> items, List<WindowDefinition> windows,
        Map<String, String> parameters) {

    public ValidatedPack {
        nationalYears = List.copyOf(nationalYears);
        countyYears = List.copyOf(countyYears);
        departments = List.copyOf(departments);
        halls = List.copyOf(halls);
        staff = List.copyOf(staff);
        items = List.copyOf(items);
        windows = List.copyOf(windows);
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }
}
