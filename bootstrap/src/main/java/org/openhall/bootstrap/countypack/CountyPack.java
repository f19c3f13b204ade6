package org.openhall.bootstrap.countypack;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A county as data (县域配置包): the centre, its calendars, halls and departments, catalog and
 * staff. Another county adapts OpenHall by writing its own pack, not by changing code.
 */
public record CountyPack(String location, Centre centre, List<CalendarYearSpec> calendars, Network network,
        List<ItemSpec> items, List<StaffSpec> staff) {

    /** {@code centre.yaml}. */
    public record Centre(String name, String jurisdiction, String regionCode, String zone, CalendarRules calendar) {
    }

    /** Calendar settings of the centre. */
    public record CalendarRules(boolean makeUpDaysAreWorkingDays) {
    }

    /** {@code calendar/<year>.yaml}: one year of holidays and make-up working days. */
    public record CalendarYearSpec(int year, String source, List<HolidaySpec> holidays, List<LocalDate> makeUpWorkdays) {
    }

    /** A named holiday spanning {@code from}..{@code to} inclusive. */
    public record HolidaySpec(String name, LocalDate from, LocalDate to) {
    }

    /** {@code network.yaml}. */
    public record Network(List<HallSpec> halls, Map<String, List<String>> villages, List<DepartmentSpec> departments) {
    }

    /** A hall (政务服务中心/站) at city, township or village level. */
    public record HallSpec(String code, String name, String level, String parent) {
    }

    /** A department stationed in the centre. */
    public record DepartmentSpec(String code, String name) {
    }

    /** One catalog item of {@code items.yaml}. */
    public record ItemSpec(String code, String name, String kind, String department, LegalBasisSpec legalBasis,
            int statutoryLimit, int promisedLimit, List<MaterialSpec> materials) {
    }

    /** The legal basis of an item. */
    public record LegalBasisSpec(String law, String article) {
    }

    /** A required material of an item. */
    public record MaterialSpec(String code, String name, boolean original, int copies, boolean mandatory) {
    }

    /** A staff account of {@code staff.yaml}; the password is hashed on import. */
    public record StaffSpec(String username, String displayName, String password, List<String> roles,
            String department) {
    }

    /** Wrapper of {@code items.yaml}. */
    record ItemsFile(List<ItemSpec> items) {
    }

    /** Wrapper of {@code staff.yaml}. */
    record StaffFile(List<StaffSpec> staff) {
    }
}
