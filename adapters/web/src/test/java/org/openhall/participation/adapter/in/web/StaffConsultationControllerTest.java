package org.openhall.participation.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.openhall.shared.adapter.in.web.Staff.APPROVER;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.SUPERVISOR;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.participation.application.port.in.AnnounceHearingUseCase;
import org.openhall.participation.application.port.in.AnswerCommentCommand;
import org.openhall.participation.application.port.in.AnswerCommentUseCase;
import org.openhall.participation.application.port.in.ContactView;
import org.openhall.participation.application.port.in.ModerateCommentCommand;
import org.openhall.participation.application.port.in.ModerateCommentUseCase;
import org.openhall.participation.application.port.in.ModerationDecision;
import org.openhall.participation.application.port.in.PublishAdoptionReportUseCase;
import org.openhall.participation.application.port.in.PublishDecisionUseCase;
import org.openhall.participation.application.port.in.PublishDraftForCommentCommand;
import org.openhall.participation.application.port.in.PublishDraftForCommentUseCase;
import org.openhall.participation.application.port.in.RevealCommenterContactUseCase;
import org.openhall.participation.application.port.in.StaffConsultationQuery;
import org.openhall.participation.domain.Adoption;
import org.openhall.participation.domain.CommentId;
import org.openhall.participation.domain.CommentStatus;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.participation.domain.HearingStage;
import org.openhall.participation.domain.problem.AdoptionReportMissing;
import org.openhall.participation.domain.problem.CommentPeriodNotEnded;
import org.openhall.participation.domain.problem.CommentPeriodTooShort;
import org.openhall.participation.domain.problem.CommentsUnanswered;
import org.openhall.participation.domain.problem.HearingNoticePeriodNotKept;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.domain.access.DepartmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** What the drafting department gets from the staff consultation endpoints, and which roles may use which. */
@WebMvcTest(StaffConsultationController.class)
class StaffConsultationControllerTest {

    private static final String DRAFTS = "/api/v1/participation/staff/drafts";
    private static final String DRAFT = DRAFTS + "/" + SampleParticipation.DRAFT;
    private static final String COMMENT = DRAFT + "/comments/" + SampleParticipation.COMMENT;
    private static final String PUBLICATION = """
            {"title": "合山市城区停车收费管理办法（征求意见稿）", "summary": "调整收费标准。",
             "fullText": "第一条 ……", "explanation": "起草说明……", "periodDays": 30}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PublishDraftForCommentUseCase publish;
    @MockitoBean
    ModerateCommentUseCase moderate;
    @MockitoBean
    AnswerCommentUseCase answer;
    @MockitoBean
    PublishAdoptionReportUseCase report;
    @MockitoBean
    PublishDecisionUseCase decide;
    @MockitoBean
    RevealCommenterContactUseCase reveal;
    @MockitoBean
    AnnounceHearingUseCase announce;
    @MockitoBean
    StaffConsultationQuery drafts;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
    }

    @Test
    void anApproverPublishesADraftOfTheirDepartmentAndGetsItsLocationAndVersion() throws Exception {
        given(publish.publish(any())).willReturn(SampleParticipation.draft(1));

        mvc.perform(post(DRAFTS).with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON).content(PUBLICATION))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.endsWith(DRAFT)))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.closesOn").value("2026-10-20"));

        ArgumentCaptor<PublishDraftForCommentCommand> command = ArgumentCaptor.forClass(
                PublishDraftForCommentCommand.class);
        verify(publish).publish(command.capture());
        assertThat(command.getValue().actor()).isEqualTo(APPROVER);
        assertThat(command.getValue().periodDays()).isEqualTo(30);
        assertThat(command.getValue().opensOn()).isNull();
        assertThat(command.getValue().content().title()).isEqualTo("合山市城区停车收费管理办法（征求意见稿）");
    }

    @Test
    void aPeriodUnderThirtyDaysWithoutAReasonIsUnprocessableInChineseAndEnglish() throws Exception {
        given(publish.publish(any())).willThrow(new CommentPeriodTooShort(20, 30));

        mvc.perform(post(DRAFTS).with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON).content(PUBLICATION))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("participation.comment-period-too-short"))
                .andExpect(jsonPath("$.days").value(20))
                .andExpect(jsonPath("$.minimumDays").value(30))
                .andExpect(jsonPath("$.detail").value("征求意见期限为20日，少于30日：须说明缩短期限的理由，并随草案向社会公开。"));
        mvc.perform(post(DRAFTS).with(as(APPROVER)).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(PUBLICATION))
                .andExpect(jsonPath("$.title").value("Unprocessable Content"))
                .andExpect(jsonPath("$.detail", Matchers.startsWith("A comment period of 20 days is shorter than 30 days")));
    }

    @Test
    void aDraftWithoutItsPeriodIsABadRequest() throws Exception {
        mvc.perform(post(DRAFTS).with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"t\", \"summary\": \"s\", \"fullText\": \"f\", \"explanation\": \"e\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("periodDays"));
        verifyNoInteractions(publish);
    }

    @Test
    void onlyDepartmentApproversRunAConsultation() throws Exception {
        mvc.perform(post(DRAFTS).contentType(MediaType.APPLICATION_JSON).content(PUBLICATION))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(DRAFTS).with(as(CLERK)).contentType(MediaType.APPLICATION_JSON).content(PUBLICATION))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("auth.forbidden"));
        mvc.perform(post(DRAFTS).with(as(SUPERVISOR)).contentType(MediaType.APPLICATION_JSON).content(PUBLICATION))
                .andExpect(status().isForbidden());
        mvc.perform(post(COMMENT + "/moderation").with(as(SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"PUBLISH\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(DRAFTS).with(as(CLERK))).andExpect(status().isForbidden());
        verifyNoInteractions(publish, moderate, drafts);
    }

    @Test
    void supervisorsReadEveryDepartmentsCommentsWithTheContactMasked() throws Exception {
        given(drafts.comments(eq(SUPERVISOR), eq(new DraftDecisionId(SampleParticipation.DRAFT)),
                eq(Optional.of(CommentStatus.REJECTED)), any())).willReturn(Page.of(
                        List.of(SampleParticipation.staffComment(CommentStatus.REJECTED)), new PageRequest(0, 50), 1));

        mvc.perform(get(DRAFT + "/comments?status=REJECTED").with(as(SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].status").value("REJECTED"))
                .andExpect(jsonPath("$.content[0].moderationReason").value("含有侮辱性言论"))
                .andExpect(jsonPath("$.content[0].commenterName").value("张*"))
                .andExpect(jsonPath("$.content[0].commenterPhone").value("138****8000"));
    }

    @Test
    void aModerationIsMadeAsTheSignedInApproverAndARejectionCarriesItsReason() throws Exception {
        given(moderate.moderate(any())).willReturn(SampleParticipation.staffComment(CommentStatus.REJECTED));

        mvc.perform(post(COMMENT + "/moderation").with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"REJECT\", \"reason\": \"含有侮辱性言论\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));

        ArgumentCaptor<ModerateCommentCommand> command = ArgumentCaptor.forClass(ModerateCommentCommand.class);
        verify(moderate).moderate(command.capture());
        assertThat(command.getValue()).isEqualTo(new ModerateCommentCommand(APPROVER,
                new DraftDecisionId(SampleParticipation.DRAFT), new CommentId(SampleParticipation.COMMENT),
                ModerationDecision.REJECT, "含有侮辱性言论"));
    }

    @Test
    void anAnswerDuringThePeriodIsAConflict() throws Exception {
        given(answer.answer(any())).willThrow(new CommentPeriodNotEnded(LocalDate.of(2026, 10, 20)));

        mvc.perform(post(COMMENT + "/answer").with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"adoption\": \"PARTLY_ADOPTED\", \"reason\": \"延长至七点\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("participation.comment-period-not-ended"))
                .andExpect(jsonPath("$.closesOn").value("2026-10-20"));
        ArgumentCaptor<AnswerCommentCommand> command = ArgumentCaptor.forClass(AnswerCommentCommand.class);
        verify(answer).answer(command.capture());
        assertThat(command.getValue().adoption()).isEqualTo(Adoption.PARTLY_ADOPTED);
    }

    @Test
    void anAnswerWithoutAReasonIsABadRequest() throws Exception {
        mvc.perform(post(COMMENT + "/answer").with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"adoption\": \"NOT_ADOPTED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        verifyNoInteractions(answer);
    }

    @Test
    void theReportWaitsForEveryAnswerAndTheDecisionForTheReport() throws Exception {
        given(report.publishReport(any(), any())).willThrow(new CommentsUnanswered(0, 2));
        given(decide.publishDecision(any())).willThrow(new AdoptionReportMissing(SampleParticipation.DRAFT.toString()));

        mvc.perform(post(DRAFT + "/adoption-report").with(as(APPROVER)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("participation.comments-unanswered"))
                .andExpect(jsonPath("$.unanswered").value(2))
                .andExpect(jsonPath("$.detail").value("意见采纳情况须涵盖全部意见：尚有0条意见待审核、2条已公开意见待答复。"));
        mvc.perform(post(DRAFT + "/decision").with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"正式文本\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("participation.adoption-report-missing"))
                .andExpect(jsonPath("$.detail").value("尚未公布意见采纳情况，不得公布决策：请先公布公众意见的采纳情况。"));
    }

    @Test
    void anotherDepartmentsDraftIsForbiddenWithTheScopeCode() throws Exception {
        given(drafts.draft(any(), any())).willThrow(new OutsideDepartmentScope(APPROVER, new DepartmentCode("ZJJ")));

        mvc.perform(get(DRAFT).with(as(APPROVER)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.outside-department"));
    }

    @Test
    void theFullContactIsRevealedToApproversAndSupervisorsOnly() throws Exception {
        given(reveal.revealCommenter(any(), any(), any())).willReturn(new ContactView("张三", "13800138000"));

        mvc.perform(post(COMMENT + "/contact").with(as(APPROVER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("张三"))
                .andExpect(jsonPath("$.phone").value("13800138000"));
        mvc.perform(post(COMMENT + "/contact").with(as(SUPERVISOR))).andExpect(status().isOk());
        mvc.perform(post(COMMENT + "/contact").with(as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(post(COMMENT + "/contact")).andExpect(status().isUnauthorized());
        verify(reveal).revealCommenter(eq(SUPERVISOR), any(), any());
    }

    @Test
    void aHearingTooCloseToItsAnnouncementIsUnprocessableAndAGoodOneAnsweredWithItsLocation() throws Exception {
        String announcement = """
                {"subject": "停车收费标准调整听证会", "heldOn": "2026-10-09", "place": "三楼会议室", "seats": 3,
                 "selectionMethod": "按报名先后遴选", "registrationClosesOn": "2026-09-29"}""";
        given(announce.announce(any())).willThrow(HearingNoticePeriodNotKept.announcement(LocalDate.of(2026, 10, 9),
                20, LocalDate.of(2026, 10, 10)));

        mvc.perform(post(DRAFT + "/hearings").with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content(announcement))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("participation.hearing-announcement-too-late"))
                .andExpect(jsonPath("$.earliestHearingDay").value("2026-10-10"))
                .andExpect(jsonPath("$.detail").value("听证会应至少提前20日公告：今日公告，最早可于2026-10-10举行，不能定于2026-10-09。"));

        willReturn(SampleParticipation.hearing(HearingStage.ANNOUNCED)).given(announce).announce(any());
        mvc.perform(post(DRAFT + "/hearings").with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content(announcement))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location",
                        Matchers.endsWith("/api/v1/participation/staff/hearings/" + SampleParticipation.HEARING)));
    }
}
