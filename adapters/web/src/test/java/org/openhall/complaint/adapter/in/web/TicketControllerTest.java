package org.openhall.complaint.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhall.complaint.application.port.in.CallerTicketsQuery;
import org.openhall.complaint.application.port.in.HandleTicketUseCase;
import org.openhall.complaint.application.port.in.OpenTicketUseCase;
import org.openhall.complaint.application.port.in.ReportLateTicketsUseCase;
import org.openhall.complaint.application.port.in.TicketQuery;
import org.openhall.complaint.application.port.in.TicketStep;
import org.openhall.complaint.application.port.in.TicketSummaryView;
import org.openhall.complaint.application.port.in.TicketView;
import org.openhall.complaint.domain.problem.TicketRefused;
import org.openhall.network.application.port.in.StaffCredentials;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The ticket API: roles at the door, versions as ETag and If-Match, refusals as problem+json in both languages. */
@WebMvcTest(TicketController.class)
class TicketControllerTest {

    static final Actor OPERATOR = new Actor("hotline.op", Set.of(Role.HOTLINE_OPERATOR), null, "覃话务");
    static final Actor HEAD = new Actor("head.psb", Set.of(Role.DEPARTMENT_HEAD), Staff.PUBLIC_SECURITY, "黄局长");
    static final String ID = UUID.randomUUID().toString();
    static final TicketView VIEW = new TicketView(ID, "GD2026-000001", "complaint", "投诉", "HOTLINE", "RECEIVED", null,
            "窗口态度差", "窗口人员态度差", "张三", "13800138000", null, null, null, null, null, "call-1", null, null,
            LocalDate.parse("2026-09-18"), LocalDate.parse("2026-10-13"), null, false, null, null, null, null, null, 0,
            0, List.of(), 3);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OpenTicketUseCase open;
    @MockitoBean
    HandleTicketUseCase handle;
    @MockitoBean
    ReportLateTicketsUseCase lateness;
    @MockitoBean
    TicketQuery tickets;
    @MockitoBean
    CallerTicketsQuery callers;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void accounts() {
        Staff.registerIn(staff);
        for (Actor a : List.of(OPERATOR, HEAD)) {
            given(staff.credentialsOf(a.username()))
                    .willReturn(Optional.of(new StaffCredentials(a.username(), "{noop}" + Staff.PASSWORD, true, a)));
        }
    }

    @Test
    void anOperatorTakesATicketInAndGetsItWithItsVersion() throws Exception {
        given(open.open(any())).willReturn(new TicketSummaryView(ID, "GD2026-000001", "complaint", "RECEIVED", null,
                "窗口态度差", LocalDate.parse("2026-10-13")));
        given(tickets.get(any(), any())).willReturn(VIEW);

        mvc.perform(post("/api/v1/tickets").with(as(OPERATOR)).contentType(MediaType.APPLICATION_JSON).content("""
                {"channel":"HOTLINE","ticketClass":"complaint","callerPhone":"13800138000","description":"窗口人员态度差"}
                """))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(header().string("Location", "http://localhost/api/v1/tickets/" + ID))
                .andExpect(jsonPath("$.dueOn").value("2026-10-13"));
    }

    @Test
    void anApproverMayNotTakeATicketInNorAClerkDispatchIt() throws Exception {
        mvc.perform(post("/api/v1/tickets").with(as(Staff.APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tickets/" + ID + "/dispatch").with(as(Staff.CLERK))
                .contentType(MediaType.APPLICATION_JSON).content("{\"department\":\"PSB\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tickets")).andExpect(status().isUnauthorized());
        verifyNoInteractions(open, handle);
    }

    @Test
    void theHeadApprovesAnExtensionAndIfMatchReachesTheUseCase() throws Exception {
        given(handle.approveExtension(any())).willReturn(VIEW);

        mvc.perform(post("/api/v1/tickets/" + ID + "/extension-approval").with(as(HEAD)).header("If-Match", "\"2\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"3\""));
        ArgumentCaptor<TicketStep> step = ArgumentCaptor.forClass(TicketStep.class);
        verify(handle).approveExtension(step.capture());
        org.assertj.core.api.Assertions.assertThat(step.getValue().expectedVersion()).isEqualTo(2L);
    }

    @Test
    void closingBeforeTheReplyIsA422WithItsCodeInChinese() throws Exception {
        given(handle.close(any(), any())).willThrow(TicketRefused.replyRequired());

        mvc.perform(post("/api/v1/tickets/" + ID + "/closing").with(as(OPERATOR)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("ticket.reply-required"))
                .andExpect(jsonPath("$.detail").value("工单尚未答复诉求人，不能关闭。"));
    }

    @Test
    void aStaleVersionIsA409InEnglishOnRequest() throws Exception {
        given(handle.signIn(any())).willThrow(new ConcurrentUpdate("ticket", ID));

        mvc.perform(post("/api/v1/tickets/" + ID + "/sign-in").with(as(Staff.APPROVER)).header("If-Match", "\"1\"")
                .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ticket.concurrent-update"));
    }

    @Test
    void aReturnWithoutReasonsIsA422AndTheExtensionAfterTheDeadlineToo() throws Exception {
        given(handle.returnToDispatcher(any(), any())).willThrow(TicketRefused.returnReasonsRequired());
        given(handle.requestExtension(any(), org.mockito.ArgumentMatchers.anyInt(), any()))
                .willThrow(TicketRefused.extensionTooLate(LocalDate.parse("2026-10-13")));

        mvc.perform(post("/api/v1/tickets/" + ID + "/return").with(as(Staff.APPROVER))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reasons\":\"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ticket.return-reasons-required"));
        mvc.perform(post("/api/v1/tickets/" + ID + "/extension-request").with(as(Staff.APPROVER))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"workingDays\":3,\"reason\":\"r\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("An extension must be requested on or before the due date (2026-10-13)."));
    }

    @Test
    void onlyTheHotlineLooksUpACallersTickets() throws Exception {
        mvc.perform(get("/api/v1/tickets/by-phone?phone=13800138000").with(as(Staff.CLERK)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tickets/by-phone?phone=13800138000").with(as(OPERATOR)))
                .andExpect(status().isOk());
    }
}
