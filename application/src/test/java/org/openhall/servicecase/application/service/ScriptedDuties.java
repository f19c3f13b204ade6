package org.openhall.servicecase.application.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openhall.network.application.port.in.WindowDuty;
import org.openhall.network.application.port.in.WindowDutyQuery;
import org.openhall.network.domain.DutyStatus;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;

/** Window duties a test sets by hand: who holds the A and B posts and whether A is away. */
final class ScriptedDuties implements WindowDutyQuery {

    private final Map<WindowCode, String[]> posts = new LinkedHashMap<>();
    private final Map<WindowCode, Boolean> aAbsent = new LinkedHashMap<>();

    void window(String code, String postA, String postB) {
        posts.put(new WindowCode(code), new String[] { postA, postB });
        aAbsent.put(new WindowCode(code), false);
    }

    void absentA(String code) {
        aAbsent.put(new WindowCode(code), true);
    }

    @Override
    public WindowDuty dutyOf(WindowCode window, LocalDate day) {
        String[] p = posts.get(window);
        if (!aAbsent.get(window)) {
            return new WindowDuty(window, p[0], null, DutyStatus.A_PRESENT);
        }
        return p[1] == null ? new WindowDuty(window, null, null, DutyStatus.UNATTENDED)
                : new WindowDuty(window, p[1], p[0], DutyStatus.B_ACTING_FOR_A);
    }

    @Override
    public List<WindowDuty> unattendedWindows(LocalDate day) {
        return posts.keySet().stream().map(w -> dutyOf(w, day)).filter(d -> d.status() == DutyStatus.UNATTENDED)
                .toList();
    }

    @Override
    public List<WindowDuty> dutiesOf(StaffUsername staff, LocalDate day) {
        return posts.entrySet().stream()
                .filter(e -> staff.value().equals(e.getValue()[0]) || staff.value().equals(e.getValue()[1]))
                .map(e -> dutyOf(e.getKey(), day)).toList();
    }
}
