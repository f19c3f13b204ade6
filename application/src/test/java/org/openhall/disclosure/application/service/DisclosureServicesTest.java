package org.openhall.disclosure.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.disclosure.domain.DisclosureSamples.CHINA;
import static org.openhall.disclosure.domain.DisclosureSamples.COMPANY;
import static org.openhall.disclosure.domain.DisclosureSamples.GOVERNMENT_OFFICE;
import static org.openhall.disclosure.domain.DisclosureSamples.OFFICER;
import static org.openhall.disclosure.domain.DisclosureSamples.ZHANG_SAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.disclosure.application.port.in.AttachmentInput;
import org.openhall.disclosure.application.port.in.DisclosureRequestView;
import org.openhall.disclosure.application.port.in.DisclosureRoleRequired;
import org.openhall.disclosure.application.port.in.EntryView;
import org.openhall.disclosure.application.port.in.PublicEntryView;
import org.openhall.disclosure.application.port.in.RegisterRequestCommand;
import org.openhall.disclosure.application.port.out.InMemoryCatalogEntryRepository;
import org.openhall.disclosure.application.port.out.InMemoryDisclosureGuideRepository;
import org.openhall.disclosure.application.port.out.InMemoryDisclosureRequestRepository;
import org.openhall.disclosure.application.port.out.InMemoryDisclosureSequence;
import org.openhall.disclosure.domain.DisclosureSamples;
import org.openhall.disclosure.domain.catalog.CatalogEntryId;
import org.openhall.disclosure.domain.catalog.DisclosureGuide;
import org.openhall.disclosure.domain.catalog.EntryContent;
import org.openhall.disclosure.domain.catalog.GuideCategory;
import org.openhall.disclosure.domain.catalog.IndexNumberScheme;
import org.openhall.disclosure.domain.event.CatalogEntryPublicationOverdue;
import org.openhall.disclosure.domain.event.DisclosureRequestReceived;
import org.openhall.disclosure.domain.problem.IncompleteRecord;
import org.openhall.disclosure.domain.report.AnnualReport;
import org.openhall.disclosure.domain.report.AnnualReportDataSet;
import org.openhall.disclosure.domain.request.DeliveryMode;
import org.openhall.disclosure.domain.request.DisclosureRequestId;
import org.openhall.disclosure.domain.request.FeeScale;
import org.openhall.disclosure.domain.request.IntakeChannel;
import org.openhall.disclosure.domain.request.ReplyContent;
import org.openhall.disclosure.domain.request.ReplyType;
import org.openhall.disclosure.domain.request.Remedies;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.port.out.InMemoryCalendarYearRepository;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.application.service.CalendarService;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.money.Money;
import org.openhall.shared.domain.time.SettableClock;

/** The disclosure use cases against in-memory ports: roles, numbering, fees, overdue lists, public channels, report. */
class DisclosureServicesTest {

    private static final Actor CLERK = new Actor("clerk.scjg", Set.of(Role.CLERK), new DepartmentCode("SCJG"), "李明");
    private static final Actor SUPERVISOR = new Actor("supervisor", Set.of(Role.SUPERVISOR), null, "韦强");

    private final List<DomainEvent> published = new ArrayList<>();
    private final SettableClock clock = new SettableClock(CHINA, LocalDate.parse("2026-09-18").atTime(10, 0));
    private final InMemoryDisclosureRequestRepository requestStore = new InMemoryDisclosureRequestRepository();
    private final InMemoryCatalogEntryRepository entryStore = new InMemoryCatalogEntryRepository();
    private final InMemoryDisclosureGuideRepository guides = new InMemoryDisclosureGuideRepository();
    private DisclosureRequestService requests;
    private DisclosureCatalogService catalog;

    @BeforeEach
    void wire() {
        CalendarService calendars = new CalendarService(new InMemoryCalendarYearRepository(), CalendarSettings.defaults());
        calendars.importYear(NationalCalendars.heshan2025());
        calendars.importYear(NationalCalendars.heshan2026());
        CentreProfile centre = new CentreProfile("合山市政务服务中心", NationalCalendars.HESHAN, "451381", CHINA);
        InMemoryDisclosureSequence sequence = new InMemoryDisclosureSequence();
        requests = new DisclosureRequestService(requestStore, sequence, guides, calendars, published::addAll, centre, clock);
        catalog = new DisclosureCatalogService(entryStore, requestStore, guides, sequence,
                new IndexNumberScheme("{org}-{category}-{year}-{seq:4}", "HSZF"), calendars, published::addAll, centre,
                clock);
        guides.replace(new DisclosureGuide("合山市人民政府办公室", "政务公开科", "合山市人民路1号", "工作日", "0772-8912345", null,
                null, null, List.of(new GuideCategory("ZCWJ", "政策文件", null)), "当面、邮寄、网络或传真",
                LocalDate.parse("2026-01-05")));
    }

    private DisclosureRequestView register(String day) {
        clock.setDate(day);
        return requests.register(new RegisterRequestCommand(OFFICER, ZHANG_SAN, "本村道路建设资金使用情况",
                IntakeChannel.IN_PERSON, null));
    }

    private static ReplyContent disclosed() {
        return new ReplyContent(ReplyType.DISCLOSED, null, DeliveryMode.PROVIDED, null, null, null, null, null, null, null,
                null, null, null);
    }

    @Test
    void aRegisteredRequestIsNumberedByRegionAndYearMaskedAndAnnounced() {
        DisclosureRequestView first = register("2026-09-18");
        DisclosureRequestView second = register("2026-09-18");

        assertThat(first.number()).isEqualTo("451381-YSQ-2026-00001");
        assertThat(second.number()).isEqualTo("451381-YSQ-2026-00002");
        assertThat(first.requesterName()).isEqualTo("张*");
        assertThat(first.requesterIdentifier()).isEqualTo("1101**********002X");
        // Fri 09-18 + 20 working days across 中秋 and 国庆, counting Sun 09-20 and Sat 10-10 → Thu 10-22.
        assertThat(first.replyDueOn()).isEqualTo(LocalDate.parse("2026-10-22"));
        assertThat(published).filteredOn(DisclosureRequestReceived.class::isInstance).hasSize(2);
    }

    @Test
    void onlyDisclosureOfficersHandleRequestsAndSupervisorsMayRead() {
        DisclosureRequestView view = register("2026-09-18");
        DisclosureRequestId id = DisclosureRequestId.of(view.id());

        assertThatThrownBy(() -> requests.register(new RegisterRequestCommand(CLERK, ZHANG_SAN, "x", IntakeChannel.IN_PERSON,
                null))).isInstanceOfSatisfying(DisclosureRoleRequired.class,
                        p -> assertThat(p.code()).isEqualTo("disclosure.role-required"));
        assertThatThrownBy(() -> requests.reply(SUPERVISOR, id, disclosed())).isInstanceOf(DisclosureRoleRequired.class);
        assertThatThrownBy(() -> requests.get(CLERK, id)).isInstanceOf(DisclosureRoleRequired.class);
        assertThat(requests.get(SUPERVISOR, id).number()).isEqualTo(view.number());
    }

    @Test
    void thePerRequestFeeCountsTheApplicantsRequestsReceivedInTheCalendarMonth() {
        DisclosureRequestView eleventh = null;
        for (int i = 1; i <= 11; i++) {
            eleventh = register(i <= 5 ? "2026-09-0" + (i + 1) : "2026-09-2" + (i - 5));
        }
        clock.setDate("2026-10-08");
        DisclosureRequestView october = register("2026-10-08");

        DisclosureRequestView charged = requests.assessFee(OFFICER, DisclosureRequestId.of(eleventh.id()),
                FeeScale.PER_REQUEST, null);
        DisclosureRequestView free = requests.assessFee(OFFICER, DisclosureRequestId.of(october.id()),
                FeeScale.PER_REQUEST, null);

        assertThat(charged.fee().basis()).isEqualTo(11);
        assertThat(Money.yuan(charged.fee().amount().toPlainString())).isEqualTo(Money.yuan("100"));
        assertThat(free.fee().basis()).as("a new month starts a new count").isEqualTo(1);
        assertThat(free.fee().amount().signum()).isZero();
    }

    @Test
    void theOverdueListHoldsRunningRequestsPastTheirDayButNoneAwaitingCorrectionOrWithdrawn() {
        DisclosureRequestView late = register("2026-09-18");
        DisclosureRequestView corrected = register("2026-09-18");
        requests.requestCorrection(OFFICER, DisclosureRequestId.of(corrected.id()), List.of("请明确年份"),
                LocalDate.parse("2026-10-09"));
        DisclosureRequestView withdrawn = register("2026-09-18");
        requests.withdraw(OFFICER, DisclosureRequestId.of(withdrawn.id()), "申请人撤回");

        clock.setDate("2026-10-22");
        assertThat(requests.overdue(SUPERVISOR)).as("the due date itself is in time").isEmpty();
        clock.setDate("2026-10-23");
        assertThat(requests.overdue(SUPERVISOR)).extracting(DisclosureRequestView::id).containsExactly(late.id());
    }

    @Test
    void theReplyLetterAddressesTheApplicantByFullNameAndStatesTheRemedies() {
        DisclosureRequestId id = DisclosureRequestId.of(register("2026-09-18").id());
        assertThatThrownBy(() -> requests.replyLetter(OFFICER, id))
                .isInstanceOfSatisfying(org.openhall.shared.domain.DomainProblem.class,
                        p -> assertThat(p.code()).isEqualTo("disclosure.invalid-state"));
        clock.setDate("2026-10-09");
        requests.reply(OFFICER, id, disclosed());

        var letter = requests.replyLetter(OFFICER, id);

        assertThat(letter.agencyName()).isEqualTo("合山市人民政府办公室");
        assertThat(letter.requesterName()).isEqualTo("张三");
        assertThat(letter.receivedOn()).isEqualTo(LocalDate.parse("2026-09-18"));
        assertThat(letter.repliedOn()).isEqualTo(LocalDate.parse("2026-10-09"));
        assertThat(letter.remedies()).isEqualTo(Remedies.STATEMENT);
        assertThat(requests.history(OFFICER, id)).extracting(a -> a.action()).containsExactly("REGISTER", "RECEIVE", "REPLY");
    }

    @Test
    void anEntryIsNumberedByTheSchemeAndMustBeFiledUnderAGuideCategory() {
        clock.setDate("2026-09-24");
        EntryView entry = catalog.record(OFFICER, DisclosureSamples.content("2026-09-24"), List.of());

        assertThat(entry.indexNumber()).isEqualTo("HSZF-ZCWJ-2026-0001");
        // Thu 09-24 + 20 working days across 中秋 and 国庆 → Thu 10-29.
        assertThat(entry.publicationDueOn()).isEqualTo(LocalDate.parse("2026-10-29"));
        EntryContent elsewhere = new EntryContent("t", "s", null, "NOPE", GOVERNMENT_OFFICE, LocalDate.parse("2026-09-24"),
                List.of());
        assertThatThrownBy(() -> catalog.record(OFFICER, elsewhere, List.of()))
                .isInstanceOfSatisfying(IncompleteRecord.class, p -> assertThat(p.code()).isEqualTo("disclosure.unknown-category"));
    }

    @Test
    void everyPublicChannelShowsTheMaskedCopyAndNothingOnceWithdrawn() {
        clock.setDate("2026-09-24");
        EntryView draft = catalog.record(OFFICER, DisclosureSamples.content("2026-09-24"),
                List.of(new AttachmentInput("名单.txt", "text/plain", 30, "张三 13912345678")));
        CatalogEntryId id = CatalogEntryId.of(draft.id());
        assertThatThrownBy(() -> catalog.entry(id)).as("a draft is not public").isInstanceOf(ResourceNotFound.class);

        catalog.publish(OFFICER, id);

        PublicEntryView page = catalog.entry(id);
        assertThat(page.title()).isEqualTo("关于张*等人农村危房改造补助的公示");
        assertThat(page.summary()).doesNotContain("11010519491231002X").doesNotContain("13800138000");
        assertThat(catalog.attachmentText(id, 1)).isEqualTo("张* 139****5678");
        assertThat(catalog.search("张三", Optional.empty(), new PageRequest(0, 10)).content()).isEmpty();
        assertThat(catalog.search("危房改造", Optional.empty(), new PageRequest(0, 10)).content()).hasSize(1);
        assertThat(catalog.latest(10)).extracting(PublicEntryView::summary).allMatch(s -> !s.contains("张三"));
        assertThat(catalog.entry(OFFICER, id).summary()).as("staff keep the original").contains("11010519491231002X");

        catalog.withdraw(OFFICER, id, "公示期满");
        assertThatThrownBy(() -> catalog.entry(id)).isInstanceOf(ResourceNotFound.class);
        assertThat(catalog.latest(10)).isEmpty();
        assertThat(catalog.history(SUPERVISOR, id)).last().satisfies(a -> assertThat(a.note()).isEqualTo("公示期满"));
    }

    @Test
    void overduePublicationsAreListedForSupervisorsAndReportedOnce() {
        clock.setDate("2026-09-24");
        EntryView entry = catalog.record(OFFICER, DisclosureSamples.content("2026-09-24"), List.of());

        clock.setDate("2026-10-29");
        assertThat(catalog.awaitingPublication(SUPERVISOR, true)).isEmpty();
        assertThat(catalog.reportOverduePublications(SUPERVISOR)).isZero();
        clock.setDate("2026-10-30");
        assertThat(catalog.awaitingPublication(SUPERVISOR, true)).extracting(EntryView::id).containsExactly(entry.id());
        assertThat(catalog.reportOverduePublications(SUPERVISOR)).isEqualTo(1);
        assertThat(catalog.reportOverduePublications(SUPERVISOR)).isZero();
        assertThat(published).filteredOn(CatalogEntryPublicationOverdue.class::isInstance).hasSize(1);
    }

    @Test
    void theAnnualReportIsCompiledFromEveryStoredRequestAndEntry() {
        AnnualReportDataSet data = new AnnualReportDataSet();
        data.requests.forEach(requestStore::save);
        data.entries.forEach(entryStore::save);
        guides.replace(new DisclosureGuide("合山市人民政府办公室", "政务公开科", null, null, null, null, null, null,
                AnnualReportDataSet.CATEGORIES, null, LocalDate.parse("2026-01-05")));
        clock.setDate("2027-01-20");

        AnnualReport report = catalog.annualReport(2026);

        assertThat(report.row("received").total()).isEqualTo(9);
        assertThat(report.row("carriedOver").total()).isEqualTo(2);
        assertThat(report.row("closedTotal").total()).isEqualTo(8);
        assertThat(report.row("carriedForward").total()).isEqualTo(3);
        assertThat(report.feesAssessed()).isEqualTo(Money.yuan("1100"));
        assertThat(catalog.annualReport(2025).row("carriedForward").total()).isEqualTo(2);
        assertThat(COMPANY.kind().isNaturalPerson()).isFalse();
    }
}
