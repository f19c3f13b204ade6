package org.openhall.network.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.openhall.shared.adapter.in.web.Staff.ADMINISTRATOR;
import static org.openhall.shared.adapter.in.web.Staff.APPROVER;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.SUPERVISOR;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.AbsenceView;
import org.openhall.network.application.port.in.RecordAbsenceUseCase;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Approvers and administrators record absences; the use case decides whose. */
@WebMvcTest(StaffAbsenceController.class)
class StaffAbsenceControllerTest {

    private static final String LEAVE = """
            {"from": "2026-03-03", "to": "2026-03-04", "reason": "年休假"}""";
    private static final LocalDate TUESDAY = LocalDate.parse("2026-03-03");
    private static final LocalDate WEDNESDAY = LocalDate.parse("2026-03-04");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RecordAbsenceUseCase absences;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
    }

    @Test
    void anApproverRecordsAnAbsenceAndGets201WithTheRecord() throws Exception {
        given(absences.recordAbsence(APPROVER, new StaffUsername("li.a"), TUESDAY, WEDNESDAY, "年休假"))
                .willReturn(new AbsenceView("0b5c1c1e-3f0e-4a57-9d6f-2b8f1f3f9a10", "li.a", TUESDAY, WEDNESDAY,
                        "年休假", APPROVER.username(), OffsetDateTime.parse("2026-03-02T09:30:00+08:00")));

        mvc.perform(post("/api/v1/staff/li.a/absences").with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content(LEAVE))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.staff").value("li.a"))
                .andExpect(jsonPath("$.from").value("2026-03-03"))
                .andExpect(jsonPath("$.to").value("2026-03-04"))
                .andExpect(jsonPath("$.recordedBy").value(APPROVER.username()))
                .andExpect(jsonPath("$.recordedAt").value("2026-03-02T09:30:00+08:00"));
    }

    @Test
    void anAdministratorMayRecordAnAbsenceToo() throws Exception {
        mvc.perform(post("/api/v1/staff/li.a/absences").with(as(ADMINISTRATOR)).contentType(MediaType.APPLICATION_JSON)
                .content(LEAVE))
                .andExpect(status().isCreated());
        verify(absences).recordAbsence(eq(ADMINISTRATOR), eq(new StaffUsername("li.a")), eq(TUESDAY), eq(WEDNESDAY),
                eq("年休假"));
    }

    @Test
    void clerksAndSupervisorsMayNotRecordAbsences() throws Exception {
        for (Actor actor : new Actor[] { CLERK, SUPERVISOR }) {
            mvc.perform(post("/api/v1/staff/li.a/absences").with(as(actor)).contentType(MediaType.APPLICATION_JSON)
                    .content(LEAVE))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("auth.forbidden"));
        }
        verifyNoInteractions(absences);
    }

    @Test
    void anApproverOfAnotherDepartmentIsRefusedByTheUseCase() throws Exception {
        given(absences.recordAbsence(any(), any(), any(), any(), anyString()))
                .willThrow(new OutsideDepartmentScope(APPROVER, new DepartmentCode("WSJK")));

        mvc.perform(post("/api/v1/staff/huang.c/absences").with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content(LEAVE))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.outside-department"));
    }

    @Test
    void anAbsenceWithoutReasonOrLastDayIsInvalid() throws Exception {
        mvc.perform(post("/api/v1/staff/li.a/absences").with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"from": "2026-03-03", "reason": " "}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"));
        verifyNoInteractions(absences);
    }
}
