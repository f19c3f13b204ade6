package org.openhall.complaint.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhall.complaint.application.port.in.CallEventCommand;
import org.openhall.complaint.application.port.in.CallScreenPopView;
import org.openhall.complaint.application.port.in.HotlineCallView;
import org.openhall.complaint.application.port.in.OpenCallTicketCommand;
import org.openhall.complaint.application.port.in.OpenTicketCommand;
import org.openhall.complaint.application.port.in.TicketSummaryView;
import org.openhall.complaint.application.port.out.InMemoryHotlineCallRepository;
import org.openhall.complaint.domain.TicketChannel;
import org.openhall.complaint.domain.hotline.problem.CallAlreadyHasTicket;
import org.openhall.servicecase.application.port.in.ApplicantCaseView;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.time.SettableClock;

class HotlineServicesTest {

    private static final Actor OPERATOR = new Actor("hotline.op1", Set.of(Role.HOTLINE_OPERATOR), null, "黄小玲");
    private static final PhoneNumber CALLER = new PhoneNumber("13800138000");

    private final SettableClock clock = new SettableClock(ZoneId.of("Asia/Shanghai"),
            LocalDateTime.parse("2026-03-02T10:00:00"));
    private final InMemoryHotlineCallRepository calls = new InMemoryHotlineCallRepository();
    private final HotlineCallService events = new HotlineCallService(calls, clock);
    private final List<OpenTicketCommand> opened = new ArrayList<>();
    private final CallTicketService ticketing = new CallTicketService(calls, command -> {
        opened.add(command);
        return new TicketSummaryView("t-" + opened.size(), "RX-" + opened.size(), command.ticketClass(), "REGISTERED",
                null, command.subject(), null);
    });
    private final ApplicantCaseView openCase = new ApplicantCaseView("c-1", "451381-20260302-00001", "食品经营许可",
            "SCJG", CaseStatus.ACCEPTED, "张*", LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-20"));
    private final TicketSummaryView openTicket = new TicketSummaryView("t-9", "RX-9", "complaint", "DISPATCHED",
            "SCJG", "窗口态度", LocalDate.parse("2026-03-19"));
    private final CallScreenPopService screenPop = new CallScreenPopService(calls,
            phone -> phone.equals(CALLER) ? List.of(openCase) : List.of(),
            phone -> phone.equals(CALLER) ? List.of(openTicket) : List.of());

    private HotlineCallView report(String type, String callId, String caller, String agent, Instant at, String rec) {
        return events.receive(new CallEventCommand(type, callId, caller, agent, at, rec));
    }

    @Test
    void anEventWithoutATimeIsDatedByTheClockAndARepeatLeavesTheVersion() {
        HotlineCallView ringing = report("ringing", "c-1", "013800138000", null, null, null);
        HotlineCallView again = report("RINGING", "c-1", "013800138000", null, null, null);

        assertThat(ringing.ringingAt()).isEqualTo(Instant.parse("2026-03-02T02:00:00Z"));
        assertThat(ringing.callerNumber()).isEqualTo("138****8000");
        assertThat(again.version()).isEqualTo(ringing.version()).isEqualTo(1);
    }

    @Test
    void theHangUpCompletesTheRecordWithTalkTimeAndRecording() {
        Instant t0 = Instant.parse("2026-03-02T02:00:00Z");
        report("RINGING", "c-1", "13800138000", null, t0, null);
        report("ANSWERED", "c-1", null, "hotline.op1", t0.plusSeconds(6), null);
        HotlineCallView ended = report("HUNG_UP", "c-1", null, null, t0.plusSeconds(126), "rec/42.wav");

        assertThat(ended.state()).isEqualTo("ENDED");
        assertThat(ended.talkSeconds()).isEqualTo(120);
        assertThat(ended.recording()).isEqualTo("rec/42.wav");
        assertThat(events.callOf("c-1")).isEqualTo(ended);
    }

    @Test
    void anUnknownEventTypeIsABadValue() {
        assertThatThrownBy(() -> report("TRANSFERRED", "c-1", null, null, null, null))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> events.callOf("c-1")).isInstanceOf(ResourceNotFound.class)
                .hasFieldOrPropertyWithValue("code", "hotline-call.not-found");
    }

    @Test
    void theScreenPopShowsTheCallerSOpenCasesAndTicketsFoundByTheirNumber() {
        report("RINGING", "c-1", "+8613800138000", null, null, null);

        CallScreenPopView pop = screenPop.screenPop("c-1");

        assertThat(pop.call().callId()).isEqualTo("c-1");
        assertThat(pop.openCases()).containsExactly(openCase);
        assertThat(pop.openTickets()).containsExactly(openTicket);
    }

    @Test
    void aWithheldNumberPopsAnEmptyScreen() {
        report("RINGING", "c-2", null, null, null, null);

        CallScreenPopView pop = screenPop.screenPop("c-2");

        assertThat(pop.openCases()).isEmpty();
        assertThat(pop.openTickets()).isEmpty();
    }

    @Test
    void aTicketOpenedFromACallIsAHotlineTicketWithTheCallerSNumberAndTheCallId() {
        report("RINGING", "c-1", "013800138000", null, null, null);
        report("ANSWERED", "c-1", null, "hotline.op1", null, null);

        TicketSummaryView ticket = ticketing.openFrom(new OpenCallTicketCommand(OPERATOR, "c-1", "complaint", "张三",
                null, "窗口态度", "来电反映窗口人员态度生硬", "451381-20260302-00001"));

        OpenTicketCommand sent = opened.getFirst();
        assertThat(sent.channel()).isEqualTo(TicketChannel.HOTLINE);
        assertThat(sent.callerPhone()).isEqualTo("13800138000");
        assertThat(sent.callId()).isEqualTo("c-1");
        assertThat(sent.actor()).isEqualTo(OPERATOR);
        assertThat(sent.relatedCaseNumber()).isEqualTo("451381-20260302-00001");
        assertThat(events.callOf("c-1").ticketId()).isEqualTo(ticket.id());
    }

    @Test
    void theOperatorSCallbackNumberWinsOverAWithheldOne() {
        report("RINGING", "c-3", null, null, null, null);

        ticketing.openFrom(new OpenCallTicketCommand(OPERATOR, "c-3", "consultation", null, "0772-421 2345", "咨询",
                "咨询办事指南", null));

        assertThat(opened.getFirst().callerPhone()).isEqualTo("0772-4212345");
    }

    @Test
    void aSecondTicketFromOneCallIsRefusedBeforeAnyTicketIsOpened() {
        report("RINGING", "c-1", "13800138000", null, null, null);
        ticketing.openFrom(new OpenCallTicketCommand(OPERATOR, "c-1", "complaint", null, null, "s", "d", null));

        assertThatThrownBy(() -> ticketing.openFrom(
                new OpenCallTicketCommand(OPERATOR, "c-1", "complaint", null, null, "s", "d", null)))
                .isInstanceOf(CallAlreadyHasTicket.class);
        assertThat(opened).hasSize(1);
    }
}
