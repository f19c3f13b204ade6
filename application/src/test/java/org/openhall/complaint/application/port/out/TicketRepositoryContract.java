package org.openhall.complaint.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.complaint.application.port.in.PublicTicketFilter;
import org.openhall.complaint.application.port.in.TicketListFilter;
import org.openhall.complaint.domain.Caller;
import org.openhall.complaint.domain.RelatedCase;
import org.openhall.complaint.domain.Satisfaction;
import org.openhall.complaint.domain.Ticket;
import org.openhall.complaint.domain.TicketAction;
import org.openhall.complaint.domain.TicketChannel;
import org.openhall.complaint.domain.TicketClass;
import org.openhall.complaint.domain.TicketId;
import org.openhall.complaint.domain.TicketIntake;
import org.openhall.complaint.domain.TicketLimits;
import org.openhall.complaint.domain.TicketLocation;
import org.openhall.complaint.domain.TicketSnapshot;
import org.openhall.complaint.domain.TicketStatus;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.time.SettableClock;

/**
 * What every {@link TicketRepository} must do, run against the in-memory one and the PostgreSQL
 * adapter: a stored ticket comes back whole, a stale version is refused, history is appended in
 * order, and the searches find what they should.
 */
public abstract class TicketRepositoryContract {

    static final WorkingDayCalendar CALENDAR = NationalCalendars.heshan2025to2026();
    static final Actor SUPERVISOR = new Actor("supervisor", Set.of(Role.SUPERVISOR), null, "韦强");
    static final Actor APPROVER = new Actor("approver.scjg", Set.of(Role.DEPARTMENT_APPROVER), new DepartmentCode("SCJG"),
            "陈静");
    static final Actor OPERATOR = new Actor("hotline.op1", Set.of(Role.HOTLINE_OPERATOR), null, "覃话务");

    protected final SettableClock clock = new SettableClock(ZoneId.of("Asia/Shanghai"),
            LocalDateTime.parse("2026-09-18T10:00"));
    private TicketRepository repository;

    protected abstract TicketRepository emptyRepository();

    @BeforeEach
    void empty() {
        repository = emptyRepository();
    }

    protected Ticket newTicket(String number, String phone) {
        TicketIntake intake = new TicketIntake(number, TicketClass.of("complaint", "投诉", 13), TicketChannel.HOTLINE,
                new Caller("张三", new PhoneNumber(phone), "z@example.cn"), "窗口态度差", "办理时窗口人员态度差",
                new TicketLocation("人民路1号", 23.78, 108.87),
                new RelatedCase(UUID.randomUUID().toString(), "451381-20260302-00017", "SCJG",
                        List.of("clerk.scjg", "approver.scjg")), "call-1", null);
        return Ticket.open(new TicketId(UUID.randomUUID()), intake, OPERATOR.username(), null, CALENDAR, clock);
    }

    @Test
    void aTicketComesBackWholeAfterEveryStep() {
        Ticket t = newTicket("GD2026-000101", "13800138000");
        assertThat(repository.save(t)).isZero();
        Ticket loaded = repository.findById(t.id()).orElseThrow();
        loaded.dispatch(SUPERVISOR, "SCJG", TicketLimits.defaults(), CALENDAR, clock);
        loaded.signIn(APPROVER, clock);
        loaded.requestExtension(APPROVER, 2, "现场核查", TicketLimits.defaults(), clock);
        loaded.approveExtension(SUPERVISOR, CALENDAR, clock);
        loaded.reply(APPROVER, "已答复", clock);
        loaded.complete(SUPERVISOR, clock);
        loaded.followUp(OPERATOR, Satisfaction.SATISFIED, "满意", clock);
        assertThat(repository.save(loaded)).isOne();

        TicketSnapshot stored = repository.findById(t.id()).orElseThrow().snapshot();
        TicketSnapshot expected = loaded.snapshot();
        assertThat(stored).usingRecursiveComparison().ignoringFields("version", "receivedAt", "updatedAt", "reply",
                "followUp").isEqualTo(expected);
        assertThat(stored.version()).isOne();
        assertThat(stored.reply().text()).isEqualTo("已答复");
        assertThat(stored.followUp().satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(stored.intake().relatedCase().handlers()).containsExactly("clerk.scjg", "approver.scjg");
        assertThat(repository.findByNumber("GD2026-000101")).isPresent();
        assertThat(repository.history(t.id())).extracting(h -> h.action()).containsExactly(TicketAction.OPEN,
                TicketAction.DISPATCH, TicketAction.SIGN_IN, TicketAction.REQUEST_EXTENSION,
                TicketAction.APPROVE_EXTENSION, TicketAction.REPLY, TicketAction.COMPLETE, TicketAction.FOLLOW_UP);
    }

    @Test
    void aChangeToAStaleCopyIsRefusedAndLeavesNothingBehind() {
        Ticket t = newTicket("GD2026-000102", "13800138001");
        repository.save(t);
        Ticket first = repository.findById(t.id()).orElseThrow();
        Ticket second = repository.findById(t.id()).orElseThrow();
        first.dispatch(SUPERVISOR, "SCJG", TicketLimits.defaults(), CALENDAR, clock);
        repository.save(first);
        second.dispatch(SUPERVISOR, "WSJK", TicketLimits.defaults(), CALENDAR, clock);

        assertThatThrownBy(() -> repository.save(second)).isInstanceOf(ConcurrentUpdate.class);
        assertThat(repository.findById(t.id()).orElseThrow().department()).isEqualTo("SCJG");
    }

    @Test
    void listsScopeByDepartmentAndFindOverdueTickets() {
        Ticket a = newTicket("GD2026-000103", "13800138002");
        a.dispatch(SUPERVISOR, "SCJG", TicketLimits.defaults(), CALENDAR, clock);
        repository.save(a);
        repository.save(newTicket("GD2026-000104", "13800138003"));

        assertThat(repository.list(new TicketListFilter(Optional.empty(), Optional.of("SCJG"), false),
                LocalDate.parse("2026-09-18"), new PageRequest(0, 10)).content()).extracting(Ticket::number)
                .containsExactly("GD2026-000103");
        assertThat(repository.list(new TicketListFilter(Optional.of(TicketStatus.RECEIVED), Optional.empty(), false),
                LocalDate.parse("2026-09-18"), new PageRequest(0, 10)).totalElements()).isOne();
        assertThat(repository.list(new TicketListFilter(Optional.empty(), Optional.empty(), true),
                LocalDate.parse("2026-10-14"), new PageRequest(0, 10)).totalElements()).isEqualTo(2);
        assertThat(repository.openOfPhone("13800138002")).extracting(Ticket::number).containsExactly("GD2026-000103");
    }

    @Test
    void theLatenessSweepSeesEachLateTicketUntilItIsReported() {
        Ticket t = newTicket("GD2026-000105", "13800138004");
        t.dispatch(SUPERVISOR, "SCJG", TicketLimits.defaults(), CALENDAR, clock);
        repository.save(t);
        assertThat(repository.lockLateCandidates(LocalDate.parse("2026-09-20"), 10)).isEmpty();

        clock.setDate("2026-09-21");
        List<Ticket> late = repository.lockLateCandidates(LocalDate.parse("2026-09-21"), 10);
        assertThat(late).singleElement().satisfies(x -> assertThat(x.reportLateness(clock)).isTrue());
        repository.save(late.getFirst());
        assertThat(repository.lockLateCandidates(LocalDate.parse("2026-09-21"), 10)).isEmpty();
    }

    @Test
    void thePublicSearchFiltersByNumberClassTimeAndState() {
        repository.save(newTicket("GD2026-000106", "13800138005"));
        clock.setDate("2026-09-21");
        repository.save(newTicket("GD2026-000107", "13800138006"));

        assertThat(repository.search(new PublicTicketFilter(List.of("GD2026-000106"), List.of(), null, null, null), 10))
                .extracting(Ticket::number).containsExactly("GD2026-000106");
        assertThat(repository.search(new PublicTicketFilter(List.of(), List.of("complaint"),
                LocalDate.parse("2026-09-20").atStartOfDay(clock.getZone()).toInstant(), null, false), 10))
                .extracting(Ticket::number).containsExactly("GD2026-000107");
        assertThat(repository.search(new PublicTicketFilter(List.of(), List.of("help"), null, null, null), 10)).isEmpty();
        assertThat(repository.search(new PublicTicketFilter(List.of(), List.of(), null, null, true), 10)).isEmpty();
    }
}
