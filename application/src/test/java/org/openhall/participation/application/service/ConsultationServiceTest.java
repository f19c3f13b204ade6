package org.openhall.participation.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.participation.domain.ParticipationFixtures.CHINA;
import static org.openhall.participation.domain.ParticipationFixtures.DRAFTER;
import static org.openhall.participation.domain.ParticipationFixtures.OTHER_APPROVER;
import static org.openhall.participation.domain.ParticipationFixtures.OUYANG;
import static org.openhall.participation.domain.ParticipationFixtures.PARKING_RULES;
import static org.openhall.participation.domain.ParticipationFixtures.SUPERVISOR;
import static org.openhall.participation.domain.ParticipationFixtures.ZHANG_SAN;
import static org.openhall.participation.domain.ParticipationFixtures.ZJJ;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.participation.application.port.in.AdoptionReportView;
import org.openhall.participation.application.port.in.AnswerCommentCommand;
import org.openhall.participation.application.port.in.CommentReceipt;
import org.openhall.participation.application.port.in.ContactView;
import org.openhall.participation.application.port.in.DraftView;
import org.openhall.participation.application.port.in.ModerateCommentCommand;
import org.openhall.participation.application.port.in.ModerationDecision;
import org.openhall.participation.application.port.in.PublicCommentView;
import org.openhall.participation.application.port.in.PublishDecisionCommand;
import org.openhall.participation.application.port.in.PublishDraftForCommentCommand;
import org.openhall.participation.application.port.in.StaffCommentView;
import org.openhall.participation.application.port.in.SubmitCommentCommand;
import org.openhall.participation.application.port.out.DraftFilter;
import org.openhall.participation.application.port.out.InMemoryCommentRepository;
import org.openhall.participation.application.port.out.InMemoryContactDisclosureLog;
import org.openhall.participation.application.port.out.InMemoryDraftDecisionRepository;
import org.openhall.participation.domain.Adoption;
import org.openhall.participation.domain.CommentId;
import org.openhall.participation.domain.CommentStatus;
import org.openhall.participation.domain.Commenter;
import org.openhall.participation.domain.ContactDisclosure;
import org.openhall.participation.domain.ContactHolder;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.participation.domain.DraftStatus;
import org.openhall.participation.domain.event.AdoptionReportPublished;
import org.openhall.participation.domain.event.CommentSubmitted;
import org.openhall.participation.domain.event.DecisionPublished;
import org.openhall.participation.domain.event.DraftPublishedForComment;
import org.openhall.participation.domain.problem.AdoptionReportMissing;
import org.openhall.participation.domain.problem.CommentPeriodTooShort;
import org.openhall.participation.domain.problem.CommentsUnanswered;
import org.openhall.participation.domain.problem.OutsideCommentPeriod;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.port.out.InMemoryCalendarYearRepository;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.application.service.CalendarService;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.time.SettableClock;

/** The consultation use cases against in-memory ports, on the dates of autumn 2026. */
class ConsultationServiceTest {

    private static final PageRequest ALL = new PageRequest(0, 50);

    private final List<DomainEvent> published = new ArrayList<>();
    private final InMemoryDraftDecisionRepository drafts = new InMemoryDraftDecisionRepository();
    private final InMemoryCommentRepository comments = new InMemoryCommentRepository();
    private final InMemoryContactDisclosureLog disclosures = new InMemoryContactDisclosureLog();
    private final SettableClock clock = new SettableClock(CHINA, LocalDate.parse("2026-09-20").atTime(9, 0));
    private ConsultationService service;

    @BeforeEach
    void wire() {
        CalendarService calendars = new CalendarService(new InMemoryCalendarYearRepository(),
                CalendarSettings.defaults());
        calendars.importYear(NationalCalendars.heshan2025());
        calendars.importYear(NationalCalendars.heshan2026());
        CentreProfile centre = new CentreProfile("合山市政务服务中心", NationalCalendars.HESHAN, "451381", CHINA);
        service = new ConsultationService(drafts, comments, disclosures, calendars, published::addAll, centre, clock);
    }

    private DraftView publishParkingRules(int days, String reason) {
        return service.publish(new PublishDraftForCommentCommand(DRAFTER, PARKING_RULES, null, days, reason));
    }

    private CommentReceipt comment(DraftDecisionId draft, Commenter commenter, String text) {
        return service.submit(new SubmitCommentCommand(draft, commenter, text));
    }

    private StaffCommentView moderate(DraftDecisionId draft, String commentId, ModerationDecision decision,
            String reason) {
        return service.moderate(new ModerateCommentCommand(DRAFTER, draft, CommentId.of(commentId), decision, reason));
    }

    private StaffCommentView answer(DraftDecisionId draft, String commentId, Adoption adoption, String reason) {
        return service.answer(new AnswerCommentCommand(DRAFTER, draft, CommentId.of(commentId), adoption, reason));
    }

    @Test
    void aDraftIsPublishedForItsDepartmentWithTheThirtyDayPeriodEndingOn20261020() {
        DraftView draft = publishParkingRules(30, null);

        assertThat(draft.department()).isEqualTo("ZJJ");
        assertThat(draft.opensOn()).isEqualTo(LocalDate.parse("2026-09-20"));
        assertThat(draft.closesOn()).isEqualTo(LocalDate.parse("2026-10-20"));
        assertThat(draft.acceptingComments()).isTrue();
        assertThat(draft.shorterPeriodReason()).isNull();
        assertThat(draft.version()).isEqualTo(1);
        assertThat(published).singleElement().isInstanceOf(DraftPublishedForComment.class);
    }

    @Test
    void aShorterPeriodWithoutAReasonIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> publishParkingRules(20, null)).isInstanceOf(CommentPeriodTooShort.class);

        assertThat(drafts.findAll(DraftFilter.all(), ALL)
                .content()).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void theReasonForAShorterPeriodIsPartOfThePublicDraft() {
        DraftView draft = publishParkingRules(10, "汛期临近，需尽快出台应急停车措施");

        DraftView seenByThePublic = service.publicDraft(DraftDecisionId.of(draft.id()));

        assertThat(seenByThePublic.shortenedPeriod()).isTrue();
        assertThat(seenByThePublic.shorterPeriodReason()).isEqualTo("汛期临近，需尽快出台应急停车措施");
        assertThat(seenByThePublic.closesOn()).isEqualTo(LocalDate.parse("2026-09-30"));
    }

    @Test
    void commentsAreTakenUntilTheLastDayAndRefusedTheDayAfter() {
        DraftDecisionId draft = DraftDecisionId.of(publishParkingRules(30, null).id());

        clock.set(LocalDate.parse("2026-10-20").atTime(23, 59));
        CommentReceipt lastMinute = comment(draft, ZHANG_SAN, "建议夜间免费时段延长至早上八点。");
        clock.set(LocalDate.parse("2026-10-21").atTime(0, 1));

        assertThat(lastMinute.status()).isEqualTo(CommentStatus.PENDING);
        assertThat(lastMinute.commenterName()).isEqualTo("张*");
        assertThat(lastMinute.submittedOn()).isEqualTo(LocalDate.parse("2026-10-20"));
        assertThat(published).last().isInstanceOf(CommentSubmitted.class);
        assertThatThrownBy(() -> comment(draft, ZHANG_SAN, "迟到的意见")).isInstanceOf(OutsideCommentPeriod.class);
        assertThat(comments.findAllByDraft(draft)).hasSize(1);
    }

    @Test
    void thePublicSeesPublishedCommentsOnlyWithTheNameMaskedAndNoPhoneAndTheAnswersOnlyWithTheReport() {
        DraftDecisionId draft = DraftDecisionId.of(publishParkingRules(30, null).id());
        String shown = comment(draft, ZHANG_SAN, "建议夜间免费时段延长至早上八点。").commentId();
        comment(draft, OUYANG, "尚未审核的意见");
        moderate(draft, shown, ModerationDecision.PUBLISH, null);
        clock.setDate("2026-10-21");
        answer(draft, shown, Adoption.ADOPTED, "已延长至早上八点");

        List<PublicCommentView> visible = service.publishedComments(draft, ALL).content();

        assertThat(visible).singleElement().satisfies(c -> {
            assertThat(c.commenterName()).isEqualTo("张*");
            assertThat(c.toString()).doesNotContain("张三").doesNotContain("13800138000").doesNotContain("8000");
            assertThat(c.adoption()).as("not public before the report").isNull();
            assertThat(c.answerReason()).isNull();
        });
    }

    @Test
    void staffSeeEveryCommentWithTheContactMaskedAndTheRevealIsRecorded() {
        DraftDecisionId draft = DraftDecisionId.of(publishParkingRules(30, null).id());
        String id = comment(draft, ZHANG_SAN, "意见").commentId();

        StaffCommentView seen = service.comments(DRAFTER, draft, Optional.empty(), ALL).content().getFirst();
        assertThat(seen.commenterName()).isEqualTo("张*");
        assertThat(seen.commenterPhone()).isEqualTo("138****8000");
        assertThat(disclosures.of(ContactHolder.COMMENTER, id)).isEmpty();

        clock.set(LocalDate.parse("2026-09-22").atTime(15, 30));
        ContactView contact = service.revealCommenter(DRAFTER, draft, CommentId.of(id));

        assertThat(contact).isEqualTo(new ContactView("张三", "13800138000"));
        assertThat(disclosures.of(ContactHolder.COMMENTER, id)).singleElement().satisfies(d -> {
            assertThat(d.disclosedTo()).isEqualTo("approver.zjj");
            assertThat(d.department()).isEqualTo("ZJJ");
            assertThat(d.at()).isEqualTo(clock.instant());
        });
    }

    @Test
    void anotherDepartmentNeitherModeratesNorReadsNorRevealsAndItsAttemptLeavesNoTrace() {
        DraftDecisionId draft = DraftDecisionId.of(publishParkingRules(30, null).id());
        String id = comment(draft, ZHANG_SAN, "意见").commentId();

        assertThatThrownBy(() -> service.moderate(new ModerateCommentCommand(OTHER_APPROVER, draft, CommentId.of(id),
                ModerationDecision.PUBLISH, null))).isInstanceOf(OutsideDepartmentScope.class);
        assertThatThrownBy(() -> service.comments(OTHER_APPROVER, draft, Optional.empty(), ALL))
                .isInstanceOf(OutsideDepartmentScope.class);
        assertThatThrownBy(() -> service.revealCommenter(OTHER_APPROVER, draft, CommentId.of(id)))
                .isInstanceOf(OutsideDepartmentScope.class);
        assertThatThrownBy(() -> service.drafts(OTHER_APPROVER, Optional.of(ZJJ), ALL))
                .isInstanceOf(OutsideDepartmentScope.class);

        assertThat(disclosures.of(ContactHolder.COMMENTER, id)).isEmpty();
        assertThat(service.drafts(OTHER_APPROVER, Optional.empty(), ALL).content()).isEmpty();
        assertThat(service.drafts(SUPERVISOR, Optional.of(ZJJ), ALL).content()).hasSize(1);
        assertThat(service.comments(SUPERVISOR, draft, Optional.of(CommentStatus.PENDING), ALL).content()).hasSize(1);
    }

    @Test
    void aCommentIsFoundOnlyUnderItsOwnDraft() {
        DraftDecisionId parking = DraftDecisionId.of(publishParkingRules(30, null).id());
        DraftDecisionId other = DraftDecisionId.of(publishParkingRules(30, null).id());
        String id = comment(parking, ZHANG_SAN, "意见").commentId();

        assertThatThrownBy(() -> moderate(other, id, ModerationDecision.PUBLISH, null))
                .isInstanceOfSatisfying(ResourceNotFound.class, p -> assertThat(p.code()).isEqualTo("comment.not-found"));
    }

    @Test
    void aScheduledDraftIsHiddenFromThePublicUntilItOpensButNotFromStaff() {
        DraftView scheduled = service.publish(new PublishDraftForCommentCommand(DRAFTER, PARKING_RULES,
                LocalDate.parse("2026-09-28"), 30, null));
        DraftDecisionId id = DraftDecisionId.of(scheduled.id());

        assertThatThrownBy(() -> service.publicDraft(id)).isInstanceOfSatisfying(ResourceNotFound.class,
                p -> assertThat(p.code()).isEqualTo("decision-draft.not-found"));
        assertThatThrownBy(() -> comment(id, ZHANG_SAN, "提前的意见")).isInstanceOf(ResourceNotFound.class);
        assertThat(service.publicDrafts(ALL).content()).isEmpty();
        assertThat(service.draft(DRAFTER, id).opensOn()).isEqualTo(LocalDate.parse("2026-09-28"));

        clock.setDate("2026-09-28");
        assertThat(service.publicDrafts(ALL).content()).singleElement()
                .satisfies(d -> assertThat(d.acceptingComments()).isTrue());
        assertThat(comment(id, ZHANG_SAN, "首日意见").status()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void theDecisionWaitsForTheAdoptionReportWhichWaitsForEveryAnswer() {
        DraftDecisionId draft = DraftDecisionId.of(publishParkingRules(30, null).id());
        String adopted = comment(draft, ZHANG_SAN, "建议夜间免费时段延长至早上八点。").commentId();
        clock.setDate("2026-10-05");
        String notAdopted = comment(draft, OUYANG, "建议取消全部收费。").commentId();
        clock.setDate("2026-10-06");
        String abusive = comment(draft, ZHANG_SAN, "不文明用语").commentId();
        moderate(draft, adopted, ModerationDecision.PUBLISH, null);
        moderate(draft, notAdopted, ModerationDecision.PUBLISH, null);
        moderate(draft, abusive, ModerationDecision.REJECT, "含有侮辱性言论");
        clock.setDate("2026-10-21");

        assertThatThrownBy(() -> service.publishDecision(new PublishDecisionCommand(DRAFTER, draft, "正式文本")))
                .isInstanceOf(AdoptionReportMissing.class);
        answer(draft, adopted, Adoption.ADOPTED, "已延长至早上八点");
        assertThatThrownBy(() -> service.publishReport(DRAFTER, draft))
                .isInstanceOfSatisfying(CommentsUnanswered.class,
                        p -> assertThat(p.details()).containsEntry("unanswered", 1).containsEntry("pending", 0));
        assertThatThrownBy(() -> service.adoptionReport(draft)).isInstanceOfSatisfying(ResourceNotFound.class,
                p -> assertThat(p.code()).isEqualTo("adoption-report.not-found"));

        answer(draft, notAdopted, Adoption.NOT_ADOPTED, "停车收费系依法设定的公共服务价格");
        clock.setDate("2026-10-22");
        AdoptionReportView report = service.publishReport(DRAFTER, draft);
        clock.setDate("2026-11-02");
        DraftView decided = service.publishDecision(new PublishDecisionCommand(DRAFTER, draft, "正式文本"));

        assertThat(report.publishedOn()).isEqualTo(LocalDate.parse("2026-10-22"));
        assertThat(List.of(report.received(), report.published(), report.rejected(), report.adopted(),
                report.partlyAdopted(), report.notAdopted())).containsExactly(3, 2, 1, 1, 0, 1);
        AdoptionReportView seenByThePublic = service.adoptionReport(draft);
        assertThat(seenByThePublic).isEqualTo(report);
        assertThat(seenByThePublic.comments()).extracting(PublicCommentView::commenterName)
                .containsExactly("张*", "欧阳**");
        assertThat(seenByThePublic.comments()).extracting(PublicCommentView::text)
                .doesNotContain("不文明用语");
        assertThat(seenByThePublic.comments()).extracting(PublicCommentView::adoption)
                .containsExactly(Adoption.ADOPTED, Adoption.NOT_ADOPTED);
        assertThat(service.publishedComments(draft, ALL).content()).extracting(PublicCommentView::answerReason)
                .containsExactly("已延长至早上八点", "停车收费系依法设定的公共服务价格");
        assertThat(decided.status()).isEqualTo(DraftStatus.DECISION_PUBLISHED);
        assertThat(decided.decisionPublishedOn()).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(published).filteredOn(e -> e instanceof AdoptionReportPublished || e instanceof DecisionPublished)
                .hasSize(2);
    }

    @Test
    void aSupervisorWithoutADepartmentPublishesNoDraft() {
        assertThatThrownBy(() -> service.publish(new PublishDraftForCommentCommand(SUPERVISOR, PARKING_RULES, null, 30,
                null))).isInstanceOf(InvalidValue.class);
        assertThat(service.drafts(SUPERVISOR, Optional.of(new DepartmentCode("ZJJ")), ALL).content()).isEmpty();
    }

    @Test
    void revealsOfOneCommentDoNotMixWithAnothers() {
        DraftDecisionId draft = DraftDecisionId.of(publishParkingRules(30, null).id());
        String one = comment(draft, ZHANG_SAN, "一").commentId();
        String two = comment(draft, OUYANG, "二").commentId();

        ContactView withoutPhone = service.revealCommenter(DRAFTER, draft, CommentId.of(two));
        service.revealCommenter(SUPERVISOR, draft, CommentId.of(two));

        assertThat(withoutPhone).isEqualTo(new ContactView("欧阳娜娜", null));
        assertThat(disclosures.of(ContactHolder.COMMENTER, one)).isEmpty();
        assertThat(disclosures.of(ContactHolder.COMMENTER, two)).extracting(ContactDisclosure::disclosedTo)
                .containsExactly("approver.zjj", "supervisor");
    }
}
