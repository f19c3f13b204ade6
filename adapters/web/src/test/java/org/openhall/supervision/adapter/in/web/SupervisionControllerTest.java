package org.openhall.supervision.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.openhall.shared.adapter.in.web.Staff.APPROVER;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.SUPERVISOR;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.supervision.application.port.in.AccountabilityQuery;
import org.openhall.supervision.application.port.in.CardDecisionCommand;
import org.openhall.supervision.application.port.in.ContestCardUseCase;
import org.openhall.supervision.application.port.in.FiguresQuery;
import org.openhall.supervision.application.port.in.IssueOrderUseCase;
import org.openhall.supervision.application.port.in.OrderQuery;
import org.openhall.supervision.application.port.in.RecordAccountabilityUseCase;
import org.openhall.supervision.application.port.in.ReplyToOrderUseCase;
import org.openhall.supervision.application.port.in.RevokeCardUseCase;
import org.openhall.supervision.application.port.in.SweepCasesUseCase;
import org.openhall.supervision.application.port.in.WarningQuery;
import org.openhall.supervision.application.port.in.WarningView;
import org.openhall.supervision.domain.WarningAction;
import org.openhall.supervision.domain.WarningStatus;
import org.openhall.supervision.domain.problem.WarningNotInExpectedState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Who may call what in supervision, and how the use cases' answers and problems come back. */
@WebMvcTest(SupervisionController.class)
class SupervisionControllerTest {

    private static final String ID = "6f1c2b7e-0d7a-4d0e-9c55-3f2f3c0b9a11";
    private static final WarningView CONTESTED = new WarningView(ID, "c-1", "HS-1", "PSB", "PSB-001",
            "PROMISED_OVERDUE", "RED_CARD", LocalDate.parse("2026-10-09"), LocalDate.parse("2026-10-10"),
            Instant.parse("2026-10-10T00:30:00Z"), "CONTESTED", "申请人原因", APPROVER.username(),
            LocalDate.parse("2026-10-12"), null, null, null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StaffDirectory staff;
    @MockitoBean
    WarningQuery warnings;
    @MockitoBean
    ContestCardUseCase contests;
    @MockitoBean
    RevokeCardUseCase decisions;
    @MockitoBean
    SweepCasesUseCase sweep;
    @MockitoBean
    IssueOrderUseCase issueOrders;
    @MockitoBean
    ReplyToOrderUseCase replies;
    @MockitoBean
    OrderQuery orders;
    @MockitoBean
    RecordAccountabilityUseCase recordAccountability;
    @MockitoBean
    AccountabilityQuery accountability;
    @MockitoBean
    FiguresQuery figures;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
    }

    @Test
    void anApproverContestsACardOfTheirDepartment() throws Exception {
        given(contests.contest(APPROVER, new CardDecisionCommand(ID, "申请人原因"))).willReturn(CONTESTED);

        mvc.perform(post("/api/v1/supervision/warnings/" + ID + "/contest").with(as(APPROVER))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"申请人原因\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONTESTED"))
                .andExpect(jsonPath("$.level").value("RED_CARD"));
    }

    @Test
    void onlyASupervisorRevokesCardsOrSweeps() throws Exception {
        mvc.perform(post("/api/v1/supervision/warnings/" + ID + "/revocation").with(as(APPROVER))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/supervision/sweeps").with(as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/supervision/warnings").with(as(CLERK))).andExpect(status().isForbidden());
        verifyNoInteractions(decisions, sweep, warnings);
    }

    @Test
    void revokingARevokedCardIsAConflict() throws Exception {
        given(decisions.revoke(eq(SUPERVISOR), any()))
                .willThrow(new WarningNotInExpectedState(WarningAction.REVOKE, WarningStatus.REVOKED));

        mvc.perform(post("/api/v1/supervision/warnings/" + ID + "/revocation").with(as(SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("supervision.warning-invalid-state"));
    }

    @Test
    void aRevocationWithoutReasonsIsABadRequestNamingTheField() throws Exception {
        given(decisions.revoke(eq(SUPERVISOR), any())).willThrow(new InvalidValue("reason", "must state the reasons"));

        mvc.perform(post("/api/v1/supervision/warnings/" + ID + "/revocation").with(as(SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("value.invalid"));
    }
}
