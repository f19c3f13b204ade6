package org.openhall.network.adapter.in.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.openhall.shared.adapter.in.web.Staff.ADMINISTRATOR;
import static org.openhall.shared.adapter.in.web.Staff.APPROVER;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.SUPERVISOR;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.network.application.port.in.WindowDuty;
import org.openhall.network.application.port.in.WindowDutyQuery;
import org.openhall.network.domain.DutyStatus;
import org.openhall.network.domain.WindowCode;
import org.openhall.shared.adapter.in.web.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Who serves a window is for staff; the windows nobody serves are for supervisors. */
@WebMvcTest(WindowDutyController.class)
class WindowDutyControllerTest {

    private static final LocalDate TUESDAY = LocalDate.parse("2026-03-03");
    private static final WindowCode W01 = new WindowCode("HS-CITY-W01");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    WindowDutyQuery duty;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
    }

    @Test
    void aClerkSeesThatTheBPostServesActingForTheAbsentAPost() throws Exception {
        given(duty.dutyOf(W01, TUESDAY)).willReturn(new WindowDuty(W01, "wang.b", "li.a", DutyStatus.B_ACTING_FOR_A));

        mvc.perform(get("/api/v1/windows/HS-CITY-W01/duty").param("date", "2026-03-03").with(as(CLERK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.window").value("HS-CITY-W01"))
                .andExpect(jsonPath("$.date").value("2026-03-03"))
                .andExpect(jsonPath("$.servedBy").value("wang.b"))
                .andExpect(jsonPath("$.actingFor").value("li.a"))
                .andExpect(jsonPath("$.status").value("B_ACTING_FOR_A"));
    }

    @Test
    void approversAndSupervisorsMaySeeADutyButNotTheAnonymousPublic() throws Exception {
        given(duty.dutyOf(W01, TUESDAY)).willReturn(new WindowDuty(W01, "li.a", null, DutyStatus.A_PRESENT));

        mvc.perform(get("/api/v1/windows/HS-CITY-W01/duty").param("date", "2026-03-03").with(as(APPROVER)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/windows/HS-CITY-W01/duty").param("date", "2026-03-03").with(as(SUPERVISOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/windows/HS-CITY-W01/duty").param("date", "2026-03-03"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.unauthenticated"));
    }

    @Test
    void aDutyNeedsAValidDate() throws Exception {
        mvc.perform(get("/api/v1/windows/HS-CITY-W01/duty").with(as(CLERK)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.missing-parameter"));
        mvc.perform(get("/api/v1/windows/HS-CITY-W01/duty").param("date", "3/3/2026").with(as(CLERK)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid-parameter"));
        verifyNoInteractions(duty);
    }

    @Test
    void theSupervisorSeesTheUnattendedWindows() throws Exception {
        given(duty.unattendedWindows(TUESDAY)).willReturn(List.of(new WindowDuty(W01, null, null, DutyStatus.UNATTENDED)));

        mvc.perform(get("/api/v1/supervision/unattended-windows").param("date", "2026-03-03").with(as(SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].window").value("HS-CITY-W01"))
                .andExpect(jsonPath("$[0].status").value("UNATTENDED"))
                .andExpect(jsonPath("$[0].servedBy").doesNotExist());
    }

    @Test
    void onlySupervisorsSeeTheUnattendedWindows() throws Exception {
        for (var actor : List.of(CLERK, APPROVER, ADMINISTRATOR)) {
            mvc.perform(get("/api/v1/supervision/unattended-windows").param("date", "2026-03-03").with(as(actor)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("auth.forbidden"));
        }
        verifyNoInteractions(duty);
    }
}
