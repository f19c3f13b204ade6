package org.openhall.complaint.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.complaint.application.port.in.FileServiceRequestCommand;
import org.openhall.complaint.application.port.in.OpenTicketCommand;
import org.openhall.complaint.application.port.in.PublicTicketFilter;
import org.openhall.complaint.application.port.in.PublicTicketView;
import org.openhall.complaint.application.port.in.TicketListFilter;
import org.openhall.complaint.application.port.in.TicketStep;
import org.openhall.complaint.application.port.in.TicketSummaryView;
import org.openhall.complaint.application.port.in.TicketView;
import org.openhall.complaint.application.port.out.InMemoryTicketRepository;
import org.openhall.complaint.domain.Satisfaction;
import org.openhall.complaint.domain.TicketChannel;
import org.openhall.complaint.domain.TicketId;
import org.openhall.complaint.domain.event.TicketFollowedUp;
import org.openhall.complaint.domain.event.TicketOverdue;
import org.openhall.complaint.domain.event.TicketSignInOverdue;
import org.openhall.complaint.domain.problem.TicketRoleRequired;
import org.openhall.servicecase.application.port.in.CaseHandlersView;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.port.out.InMemoryCalendarYearRepository;
import org.openhall.shared.application.port.out.InMemoryCountyParameterRepository;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.service.CalendarService;
import org.openhall.shared.application.service.CountyParameterService;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.time.SettableClock;

/** The ticket use cases against in-memory ports: pack classes, case links, versions, events, public views. */
class TicketServicesTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Actor OPERATOR = new Actor("op", Set.of(Role.HOTLINE_OPERATOR), null, "话务员");
    static final Actor SUPERVISOR = new Actor("sup", Set.of(Role.SUPERVISOR), null, "督查");
    static final Actor APPROVER = new Actor("appr", Set.of(Role.DEPARTMENT_APPROVER), new DepartmentCode("SCJG"), "审批");
    static final Actor OTHER = new Actor("other", Set.of(Role.DEPARTMENT_APPROVER), new DepartmentCode("WSJK"), "别部门");
    static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMINISTRATOR), null, "管理员");

    final SettableClock clock = new SettableClock(CHINA, LocalDate.parse("2026-09-18").atTime(10, 0));
    final InMemoryTicketRepository store = new InMemoryTicketRepository();
    final List<DomainEvent> published = new ArrayList<>();
    TicketIntakeService intake;
    TicketLoopService loop;
    TicketQueryService query;

    @BeforeEach
    void wire() {
        CalendarService calendars = new CalendarService(new InMemoryCalendarYearRepository(), CalendarSettings.defaults());
        calendars.importYear(NationalCalendars.heshan2025());
        calendars.importYear(NationalCalendars.heshan2026());
        CountyParameterService parameters = new CountyParameterService(new InMemoryCountyParameterRepository());
        parameters.put("hotline.class.complaint.name", "投诉");
        parameters.put("hotline.class.complaint.working-days", "13");
        parameters.put("hotline.class.complaint.keywords", "投诉,效能");
        parameters.put("hotline.class.urgent.name", "紧急");
        parameters.put("hotline.class.urgent.working-days", "0");
        parameters.put("hotline.sign-in.working-days", "1");
        CentreProfile centre = new CentreProfile("合山市政务服务中心", NationalCalendars.HESHAN, "451381", CHINA);
        TicketSettings settings = new TicketSettings(parameters, calendars, centre, clock);
        AtomicLong sequence = new AtomicLong();
        intake = new TicketIntakeService(store, year -> sequence.incrementAndGet(), number -> "451381-20260302-00017"
                .equals(number) ? Optional.of(new CaseHandlersView("c-1", number, "SCJG", List.of("clerk.scjg",
                        "approver.scjg"))) : Optional.empty(), settings);
        loop = new TicketLoopService(store, published::addAll, settings);
        query = new TicketQueryService(store, settings);
    }

    TicketSummaryView openComplaint(String relatedCase) {
        return intake.open(new OpenTicketCommand(OPERATOR, TicketChannel.HOTLINE, "complaint", "张三", "13800138000",
                "窗口态度差", "办理食品经营许可时窗口人员态度差", relatedCase, "call-7", null));
    }

    TicketStep step(Actor actor, String id) {
        return new TicketStep(actor, TicketId.of(id), null);
    }

    @Test
    void anEfficiencyComplaintIsLinkedToItsCaseAndTheStaffWhoActedOnIt() {
        TicketSummaryView opened = openComplaint("451381-20260302-00017");

        TicketView view = query.get(OPERATOR, TicketId.of(opened.id()));
        assertThat(opened.number()).isEqualTo("GD2026-000001");
        assertThat(view.dueOn()).isEqualTo(LocalDate.parse("2026-10-13"));
        assertThat(view.relatedCase().caseId()).isEqualTo("c-1");
        assertThat(view.relatedCase().handlers()).containsExactly("clerk.scjg", "approver.scjg");
    }

    @Test
    void anUnknownCaseNumberOrClassIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> openComplaint("451381-20260302-99999")).extracting(e -> ((DomainProblem) e).code())
                .isEqualTo("ticket.unknown-case");
        assertThatThrownBy(() -> intake.open(new OpenTicketCommand(OPERATOR, TicketChannel.HOTLINE, "gossip", null,
                "13800138000", null, "x", null, null, null))).extracting(e -> ((DomainProblem) e).code())
                .isEqualTo("ticket.unknown-class");
        assertThat(query.list(SUPERVISOR, TicketListFilter.all(), new PageRequest(0, 10)).totalElements()).isZero();
    }

    @Test
    void onlyOperatorsAndClerksTakeTicketsIn() {
        assertThatThrownBy(() -> intake.open(new OpenTicketCommand(ADMIN, TicketChannel.WINDOW, "complaint", null, null,
                null, "x", null, null, null))).isInstanceOf(TicketRoleRequired.class);
    }

    @Test
    void theLoopPublishesTheFollowUpAndAStaleVersionIsAConflict() {
        String id = openComplaint(null).id();
        TicketView dispatched = loop.dispatch(step(SUPERVISOR, id), "SCJG");
        loop.signIn(step(APPROVER, id));
        assertThatThrownBy(() -> loop.reply(new TicketStep(APPROVER, TicketId.of(id), dispatched.version()), "答复"))
                .isInstanceOf(ConcurrentUpdate.class);
        loop.reply(step(APPROVER, id), "已核实，已对窗口人员批评教育");
        loop.complete(step(SUPERVISOR, id));
        TicketView followedUp = loop.followUp(step(OPERATOR, id), Satisfaction.BASICALLY_SATISFIED, null);

        assertThat(followedUp.status()).isEqualTo("FOLLOWED_UP");
        assertThat(followedUp.version()).isEqualTo(5);
        assertThat(published).singleElement().isInstanceOfSatisfying(TicketFollowedUp.class,
                e -> assertThat(e.handlers()).containsExactly("appr"));
        assertThat(query.history(SUPERVISOR, TicketId.of(id))).extracting(h -> h.action()).containsExactly("OPEN",
                "DISPATCH", "SIGN_IN", "REPLY", "COMPLETE", "FOLLOW_UP");
    }

    @Test
    void theRatingSideFindsTheCallersPhoneByTheTicketsIdAndNothingForAnUnknownOne() {
        String id = openComplaint(null).id();

        assertThat(query.phoneOf(id)).contains("13800138000");
        assertThat(query.phoneOf(UUID.randomUUID().toString())).isEmpty();
        assertThat(query.phoneOf("not-a-ticket-id")).isEmpty();
    }

    @Test
    void departmentStaffSeeOnlyTheirDepartmentsTickets() {
        String id = openComplaint(null).id();
        loop.dispatch(step(SUPERVISOR, id), "SCJG");

        assertThat(query.list(OTHER, TicketListFilter.all(), new PageRequest(0, 10)).totalElements()).isZero();
        assertThat(query.list(APPROVER, TicketListFilter.all(), new PageRequest(0, 10)).totalElements()).isOne();
        assertThatThrownBy(() -> query.get(OTHER, TicketId.of(id))).isInstanceOf(OutsideDepartmentScope.class);
    }

    @Test
    void theSweepReportsLateSignInAndLateReplyOnce() {
        String id = openComplaint(null).id();
        loop.dispatch(step(SUPERVISOR, id), "SCJG");
        clock.setDate("2026-09-21");
        assertThat(loop.reportLateTickets()).isOne();
        assertThat(loop.reportLateTickets()).isZero();
        clock.setDate("2026-10-14");
        assertThat(loop.reportLateTickets()).isOne();

        assertThat(published).hasSize(2);
        assertThat(published.get(0)).isInstanceOf(TicketSignInOverdue.class);
        assertThat(published.get(1)).isInstanceOfSatisfying(TicketOverdue.class,
                e -> assertThat(e.department()).isEqualTo("SCJG"));
    }

    @Test
    void theHotlineSeesTheOpenTicketsOfACaller() {
        openComplaint(null);
        assertThat(query.openTicketsOf(new PhoneNumber("13800138000"))).singleElement()
                .satisfies(t -> assertThat(t.dueOn()).isEqualTo(LocalDate.parse("2026-10-13")));
    }

    @Test
    void aRequestFiledOnlineIsShownWithoutPersonalData() {
        PublicTicketView filed = intake.file(new FileServiceRequestCommand("urgent", 23.78, 108.87, "人民路1号",
                "井盖缺失", "三", "张", "13800138000", "z@example.cn", "dev-1", "acc-1"));

        assertThat(filed.expectedAt().toLocalDate()).isEqualTo(LocalDate.parse("2026-09-18"));
        assertThat(filed.resolved()).isFalse();
        assertThat(filed.toString()).doesNotContain("13800138000", "张", "z@example.cn");
        assertThat(query.search(new PublicTicketFilter(List.of(), List.of("urgent"), null, null, false)))
                .extracting(PublicTicketView::number).containsExactly(filed.number());
        assertThat(query.services()).extracting(c -> c.code()).containsExactly("complaint", "urgent");
        assertThat(query.services().getFirst().keywords()).containsExactly("投诉", "效能");
    }
}
