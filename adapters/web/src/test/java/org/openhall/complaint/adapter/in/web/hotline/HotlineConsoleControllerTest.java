package org.openhall.complaint.adapter.in.web.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.SUPERVISOR;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhall.complaint.application.port.in.CallEventCommand;
import org.openhall.complaint.application.port.in.CallScreenPopQuery;
import org.openhall.complaint.application.port.in.CallScreenPopView;
import org.openhall.complaint.application.port.in.HotlineCallQuery;
import org.openhall.complaint.application.port.in.HotlineCallView;
import org.openhall.complaint.application.port.in.OpenCallTicketCommand;
import org.openhall.complaint.application.port.in.OpenCallTicketUseCase;
import org.openhall.complaint.application.port.in.ReceiveCallEventUseCase;
import org.openhall.complaint.application.port.in.TicketSummaryView;
import org.openhall.complaint.domain.hotline.CallEventType;
import org.openhall.complaint.domain.hotline.CallState;
import org.openhall.complaint.domain.hotline.problem.CallAlreadyHasTicket;
import org.openhall.complaint.domain.hotline.problem.CallEventOutOfOrder;
import org.openhall.network.application.port.in.StaffCredentials;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.servicecase.application.port.in.ApplicantCaseView;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What a hotline operator gets from the console endpoints, and that nobody else gets it. */
@WebMvcTest(HotlineConsoleController.class)
class HotlineConsoleControllerTest {

    private static final Actor OPERATOR = new Actor("huang.operator", Set.of(Role.HOTLINE_OPERATOR), null, "黄坐席");
    private static final String CALLS = "/api/v1/hotline/calls";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReceiveCallEventUseCase events;
    @MockitoBean
    CallScreenPopQuery screenPops;
    @MockitoBean
    HotlineCallQuery calls;
    @MockitoBean
    OpenCallTicketUseCase tickets;
    @MockitoBean
    StaffDirectory staff;

    private final HotlineCallView ringing = new HotlineCallView("1772416800.42", "138****8000", "RINGING", null,
            Instant.parse("2026-03-02T02:00:00Z"), null, null, null, null, null, 1);

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
        given(staff.credentialsOf(OPERATOR.username())).willReturn(Optional.of(
                new StaffCredentials(OPERATOR.username(), "{noop}" + Staff.PASSWORD, true, OPERATOR)));
    }

    private static RequestPostProcessor operator() {
        return as(OPERATOR);
    }

    @Test
    void aRingingCallReportedByTheConsolePopsTheCallerSCasesAndTicketsMasked() throws Exception {
        given(screenPops.screenPop("1772416800.42")).willReturn(new CallScreenPopView(ringing,
                List.of(new ApplicantCaseView("c-1", "451381-20260302-00001", "食品经营许可", "SCJG",
                        CaseStatus.ACCEPTED, "张*", LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-20"))),
                List.of(new TicketSummaryView("t-9", "RX-9", "complaint", "DISPATCHED", "SCJG", "窗口态度",
                        LocalDate.parse("2026-03-19")))));

        mvc.perform(post(CALLS + "/events").with(operator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"RINGING\",\"callId\":\"1772416800.42\",\"callerNumber\":\"013800138000\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.call.callerNumber").value("138****8000"))
                .andExpect(jsonPath("$.openCases[0].number").value("451381-20260302-00001"))
                .andExpect(jsonPath("$.openCases[0].applicantName").value("张*"))
                .andExpect(jsonPath("$.openCases[0].status").value("ACCEPTED"))
                .andExpect(jsonPath("$.openTickets[0].number").value("RX-9"));

        ArgumentCaptor<CallEventCommand> sent = ArgumentCaptor.forClass(CallEventCommand.class);
        verify(events).receive(sent.capture());
        assertThat(sent.getValue().type()).isEqualTo("RINGING");
        assertThat(sent.getValue().callerNumber()).isEqualTo("013800138000");
        // The console reports live: OpenHall's clock dates it, and the operator signed in is the agent.
        assertThat(sent.getValue().occurredAt()).isNull();
        assertThat(sent.getValue().agent()).isEqualTo(OPERATOR.username());
    }

    @Test
    void onlyOperatorsUseTheConsoleAndSupervisorsMayReadCallRecords() throws Exception {
        String body = "{\"type\":\"RINGING\",\"callId\":\"c-1\"}";
        mvc.perform(post(CALLS + "/events").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post(CALLS + "/events").with(as(SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
        mvc.perform(post(CALLS + "/events").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(CALLS + "/c-1/screen-pop").with(as(SUPERVISOR))).andExpect(status().isForbidden());
        verifyNoInteractions(events, screenPops);

        given(calls.callOf("c-1")).willReturn(ringing);
        mvc.perform(get(CALLS + "/c-1").with(as(SUPERVISOR))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RINGING"));
        mvc.perform(get(CALLS + "/c-1").with(as(CLERK))).andExpect(status().isForbidden());
    }

    @Test
    void aTicketIsOpenedFromTheCallWithTheOperatorAsActor() throws Exception {
        given(tickets.openFrom(any())).willReturn(
                new TicketSummaryView("t-1", "RX-1", "complaint", "REGISTERED", null, "窗口态度", null));

        mvc.perform(post(CALLS + "/c-1/ticket").with(operator()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"ticketClass":"complaint","callerName":"张三","subject":"窗口态度",
                         "description":"来电反映窗口人员态度生硬","relatedCaseNumber":"451381-20260302-00001"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("t-1"))
                .andExpect(jsonPath("$.number").value("RX-1"));

        ArgumentCaptor<OpenCallTicketCommand> sent = ArgumentCaptor.forClass(OpenCallTicketCommand.class);
        verify(tickets).openFrom(sent.capture());
        assertThat(sent.getValue().actor()).isEqualTo(OPERATOR);
        assertThat(sent.getValue().callId()).isEqualTo("c-1");
        assertThat(sent.getValue().relatedCaseNumber()).isEqualTo("451381-20260302-00001");
    }

    @Test
    void aSecondTicketAndALateAnswerAreConflictsWithTheirOwnCodesInChinese() throws Exception {
        given(tickets.openFrom(any())).willThrow(new CallAlreadyHasTicket("c-1", "t-1"));
        mvc.perform(post(CALLS + "/c-1/ticket").with(operator()).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"ticketClass\":\"complaint\",\"subject\":\"s\",\"description\":\"d\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("hotline.call-has-ticket"))
                .andExpect(jsonPath("$.detail").value("该通话（c-1）已登记工单 t-1，一通电话只登记一张工单。"));

        given(events.receive(any())).willThrow(new CallEventOutOfOrder(CallEventType.ANSWERED, CallState.ENDED));
        mvc.perform(post(CALLS + "/events").with(operator()).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"ANSWERED\",\"callId\":\"c-1\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("hotline.call-event-out-of-order"))
                .andExpect(jsonPath("$.detail").value("该通话当前为“已挂断”，不能再记录“坐席接听”事件；本次事件未记录。"));
    }

    @Test
    void aTicketFormWithoutSubjectIsRefusedBeforeAnythingIsOpened() throws Exception {
        mvc.perform(post(CALLS + "/c-1/ticket").with(operator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"ticketClass\":\"complaint\",\"description\":\"d\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(tickets);
    }
}
