package org.openhall.complaint.domain;

import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * A class of ticket (工单分类) with its own time limit, from the county pack's
 * {@code hotline.class.<code>.*}: e.g. 咨询 3 working days, 投诉 13 working days from the day after
 * receipt, 紧急 0 working days (due the day it is received). The limits are local rules
 * (国办发〔2020〕53号 leaves them to the hotline's own rule book), so none is fixed in code.
 *
 * @param code         the pack's key, e.g. {@code complaint}; the Open311 {@code service_code}
 * @param name         shown to staff and public, e.g. 投诉
 * @param workingDays  the limit for the reply, counted from the day after receipt; 0 = the same day
 * @param description  a sentence for the public, or the name when the pack gives none
 * @param group        the Open311 group, or empty
 * @param keywords     the Open311 keywords
 */
@ValueObject
public record TicketClass(String code, String name, int workingDays, String description, String group,
        List<String> keywords) {

    /** The most working days a class may allow (a year's worth). */
    public static final int MAX_WORKING_DAYS = 250;

    public TicketClass {
        if (code == null || !code.matches("[a-z0-9-]{1,32}")) {
            throw new InvalidValue("ticketClass", "must be 1 to 32 lower-case letters, digits or hyphens");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValue("hotline.class." + code + ".name", "must not be blank");
        }
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new InvalidValue("hotline.class." + code + ".working-days", "must be from 0 to " + MAX_WORKING_DAYS);
        }
        description = description == null || description.isBlank() ? name : description.strip();
        group = group == null ? "" : group.strip();
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** A class with only a name and a limit. */
    public static TicketClass of(String code, String name, int workingDays) {
        return new TicketClass(code, name, workingDays, null, null, List.of());
    }
}
