package org.openhall.participation.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.participation.application.port.in.ConsultationQuery;
import org.openhall.participation.application.port.in.HearingQuery;
import org.openhall.participation.application.port.in.SubmitCommentCommand;
import org.openhall.participation.application.port.in.SubmitCommentUseCase;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.participation.domain.HearingStage;
import org.openhall.participation.domain.problem.OutsideCommentPeriod;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** What anyone, without signing in, gets from the consultation endpoints: public data, personal data masked. */
@WebMvcTest(ConsultationController.class)
class ConsultationControllerTest {

    private static final String DRAFTS = "/api/v1/participation/drafts";
    private static final String DRAFT = DRAFTS + "/" + SampleParticipation.DRAFT;
    private static final String COMMENT = """
            {"name": "张三", "phone": "13800138000", "text": "建议夜间免费时段延长至早上八点。"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConsultationQuery consultations;
    @MockitoBean
    SubmitCommentUseCase submit;
    @MockitoBean
    HearingQuery hearings;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
    }

    @Test
    void anyoneReadsTheDraftsWithoutSigningIn() throws Exception {
        given(consultations.publicDrafts(any())).willReturn(Page.of(List.of(SampleParticipation.summary()),
                new PageRequest(0, 20), 1));

        mvc.perform(get(DRAFTS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(SampleParticipation.DRAFT.toString()))
                .andExpect(jsonPath("$.content[0].closesOn").value("2026-10-20"))
                .andExpect(jsonPath("$.content[0].acceptingComments").value(true))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void aShortenedPeriodIsShownWithItsReason() throws Exception {
        given(consultations.publicDraft(new DraftDecisionId(SampleParticipation.DRAFT)))
                .willReturn(SampleParticipation.shortened());

        mvc.perform(get(DRAFT))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.periodDays").value(10))
                .andExpect(jsonPath("$.shortenedPeriod").value(true))
                .andExpect(jsonPath("$.shorterPeriodReason").value("汛期临近，需尽快出台"));
    }

    @Test
    void aCommentIsTakenWithoutSigningInAndAnsweredWithTheMaskedName() throws Exception {
        given(submit.submit(any())).willReturn(SampleParticipation.receipt());

        mvc.perform(post(DRAFT + "/comments").contentType(MediaType.APPLICATION_JSON).content(COMMENT))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.commentId").value(SampleParticipation.COMMENT.toString()))
                .andExpect(jsonPath("$.commenterName").value("张*"))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(content().string(not(Matchers.containsString("13800138000"))));

        ArgumentCaptor<SubmitCommentCommand> command = ArgumentCaptor.forClass(SubmitCommentCommand.class);
        verify(submit).submit(command.capture());
        assertThat(command.getValue().draftId().value()).isEqualTo(SampleParticipation.DRAFT);
        assertThat(command.getValue().commenter().name().value()).isEqualTo("张三");
        assertThat(command.getValue().commenter().phone().value()).isEqualTo("13800138000");
    }

    @Test
    void aCommentWithoutAPhoneIsTakenAndAnInvalidPhoneIsRefused() throws Exception {
        given(submit.submit(any())).willReturn(SampleParticipation.receipt());

        mvc.perform(post(DRAFT + "/comments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"欧阳娜娜\", \"phone\": \"\", \"text\": \"意见\"}"))
                .andExpect(status().isCreated());
        ArgumentCaptor<SubmitCommentCommand> command = ArgumentCaptor.forClass(SubmitCommentCommand.class);
        verify(submit).submit(command.capture());
        assertThat(command.getValue().commenter().phone()).isNull();

        mvc.perform(post(DRAFT + "/comments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"张三\", \"phone\": \"12345\", \"text\": \"意见\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("value.invalid"))
                .andExpect(jsonPath("$.field").value("phoneNumber"));
    }

    @Test
    void aCommentAfterThePeriodIsAConflictThatSaysWhenCommentsWereTaken() throws Exception {
        given(submit.submit(any())).willThrow(new OutsideCommentPeriod(LocalDate.of(2026, 9, 20),
                LocalDate.of(2026, 10, 20)));

        mvc.perform(post(DRAFT + "/comments").contentType(MediaType.APPLICATION_JSON).content(COMMENT))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("participation.outside-comment-period"))
                .andExpect(jsonPath("$.closesOn").value("2026-10-20"))
                .andExpect(jsonPath("$.detail").value("本草案征求意见期间为2026-09-20至2026-10-20，期间以外不接收意见。"));
        mvc.perform(post(DRAFT + "/comments").contentType(MediaType.APPLICATION_JSON).content(COMMENT)
                .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.detail").value("Comments on this draft are taken from 2026-09-20 to 2026-10-20 only."));
    }

    @Test
    void publishedCommentsShowTheMaskedNameAndNoPhoneAtAll() throws Exception {
        given(consultations.publishedComments(any(), any())).willReturn(Page.of(
                List.of(SampleParticipation.publicComment()), new PageRequest(0, 50), 1));

        mvc.perform(get(DRAFT + "/comments"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].commenterName").value("张*"))
                .andExpect(jsonPath("$.content[0].commenterPhone").doesNotExist())
                .andExpect(jsonPath("$.content[0].adoption").value("ADOPTED"));
    }

    @Test
    void theAdoptionReportIsPublicOnceItIsPublishedAndNotFoundBefore() throws Exception {
        given(consultations.adoptionReport(new DraftDecisionId(SampleParticipation.DRAFT)))
                .willReturn(SampleParticipation.report());

        mvc.perform(get(DRAFT + "/adoption-report"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(3))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.comments[1].commenterName").value("欧阳**"))
                .andExpect(jsonPath("$.comments[1].adoption").value("NOT_ADOPTED"))
                .andExpect(jsonPath("$.comments[1].answerReason").value("停车收费系依法设定的公共服务价格"));

        given(consultations.adoptionReport(new DraftDecisionId(SampleParticipation.DRAFT)))
                .willThrow(new ResourceNotFound("adoption-report", SampleParticipation.DRAFT.toString()));
        mvc.perform(get(DRAFT + "/adoption-report"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("adoption-report.not-found"))
                .andExpect(jsonPath("$.detail").value("本草案的意见采纳情况尚未公布。"));
    }

    @Test
    void aDraftThatIsNotPublicIsNotFound() throws Exception {
        given(consultations.publicDraft(any())).willThrow(new ResourceNotFound("decision-draft",
                SampleParticipation.DRAFT.toString()));

        mvc.perform(get(DRAFT).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("decision-draft.not-found"))
                .andExpect(jsonPath("$.detail").value("There is no draft decision " + SampleParticipation.DRAFT + "."));
    }

    @Test
    void theHearingsOnADraftArePublicWithTheRepresentativesMasked() throws Exception {
        given(hearings.hearingsOf(new DraftDecisionId(SampleParticipation.DRAFT)))
                .willReturn(List.of(SampleParticipation.hearing(HearingStage.REPRESENTATIVES_SELECTED)));

        mvc.perform(get(DRAFT + "/hearings"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].heldOn").value("2026-10-10"))
                .andExpect(jsonPath("$[0].materialsDays").value(7))
                .andExpect(jsonPath("$[0].representatives[0]").value("李*"));
    }

    @Test
    void theStaffSideIsNotReachableThroughThePublicPaths() throws Exception {
        mvc.perform(post(DRAFTS).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(submit);
    }
}
