package org.openhall.servicecase.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.openhall.shared.adapter.in.web.Staff.APPROVER;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.SUPERVISOR;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.servicecase.application.port.in.AcceptCaseCommand;
import org.openhall.servicecase.application.port.in.AcceptCaseUseCase;
import org.openhall.servicecase.application.port.in.CaseListFilter;
import org.openhall.servicecase.application.port.in.CompleteCaseCommand;
import org.openhall.servicecase.application.port.in.CompleteCaseUseCase;
import org.openhall.servicecase.application.port.in.DeadlineKind;
import org.openhall.servicecase.application.port.in.RequestSupplementCommand;
import org.openhall.servicecase.application.port.in.RequestSupplementUseCase;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.servicecase.application.port.in.SubmitApplicationCommand;
import org.openhall.servicecase.application.port.in.SubmitApplicationUseCase;
import org.openhall.servicecase.application.port.in.SupplyMaterialsCommand;
import org.openhall.servicecase.application.port.in.SupplyMaterialsUseCase;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** What staff get from the case endpoints, and which roles may use which. */
@WebMvcTest(ServiceCaseController.class)
class ServiceCaseControllerTest {

    private static final String SUBMISSION = """
            {"itemCode": "HS-GA-001",
             "applicant": {"name": "张三", "idNumber": "11010519491231002X", "phone": "13800138000"},
             "materials": ["ID_CARD", "HUKOU"]}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SubmitApplicationUseCase submit;
    @MockitoBean
    RequestSupplementUseCase requestSupplement;
    @MockitoBean
    SupplyMaterialsUseCase supplyMaterials;
    @MockitoBean
    AcceptCaseUseCase accept;
    @MockitoBean
    CompleteCaseUseCase complete;
    @MockitoBean
    ServiceCaseQuery cases;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
    }

    @Test
    void submittingAnApplicationAnswers201WithTheCaseItsLocationAndItsVersionAsETag() throws Exception {
        given(submit.submit(any())).willReturn(SampleCases.submitted(0));

        mvc.perform(post("/api/v1/cases").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON).content(SUBMISSION))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/cases/" + SampleCases.ID)))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(SampleCases.ID.toString()))
                .andExpect(jsonPath("$.number").value(SampleCases.NUMBER))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.applicant.name").value("张*"))
                .andExpect(jsonPath("$.applicant.idNumber").value("4501**********123X"))
                .andExpect(jsonPath("$.applicant.phone").value("138****5678"))
                .andExpect(jsonPath("$.providedMaterials", contains("HUKOU", "ID_CARD")))
                .andExpect(jsonPath("$.noticeDeadline").value("2026-03-12"))
                .andExpect(jsonPath("$.receivedAt").value("2026-03-05T01:30:00Z"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void aSubmissionIsMadeAsTheSignedInClerkWithTheApplicantAsTyped() throws Exception {
        given(submit.submit(any())).willReturn(SampleCases.submitted(0));

        mvc.perform(post("/api/v1/cases").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON).content(SUBMISSION))
                .andExpect(status().isCreated());

        ArgumentCaptor<SubmitApplicationCommand> command = ArgumentCaptor.forClass(SubmitApplicationCommand.class);
        verify(submit).submit(command.capture());
        assertThat(command.getValue().actor()).isEqualTo(CLERK);
        assertThat(command.getValue().itemCode().value()).isEqualTo("HS-GA-001");
        assertThat(command.getValue().applicant().idNumber().value()).isEqualTo("11010519491231002X");
        assertThat(command.getValue().materials()).containsExactlyInAnyOrder("ID_CARD", "HUKOU");
    }

    @Test
    void aSupervisorMayNotReceiveApplications() throws Exception {
        mvc.perform(post("/api/v1/cases").with(as(SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
                .content(SUBMISSION))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("auth.forbidden"))
                .andExpect(jsonPath("$.status").value(403));
        verifyNoInteractions(submit);
    }

    @Test
    void withoutCredentialsACaseCannotBeSubmittedAndTheAnswerAsksForABearerToken() throws Exception {
        mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content(SUBMISSION))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"OpenHall\""))
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("auth.unauthenticated"))
                .andExpect(jsonPath("$.detail").value("请使用工作人员账号登录。"));
        verifyNoInteractions(submit);
    }

    @Test
    void aPasswordAloneOpensNothing() throws Exception {
        mvc.perform(get("/api/v1/cases").with(httpBasic(CLERK.username(), Staff.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.unauthenticated"));
    }

    @Test
    void theSessionOfADisabledAccountOpensNothing() throws Exception {
        mvc.perform(get("/api/v1/cases").with(as(Staff.DISABLED_CLERK)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.unauthenticated"));
    }

    @Test
    void anUnknownTokenIsRefusedWithTheSameAnswerAsNoToken() throws Exception {
        mvc.perform(get("/api/v1/cases").with(Staff.bearer("oh_nobody")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.unauthenticated"))
                .andExpect(jsonPath("$.detail").value("请使用工作人员账号登录。"));
    }

    @Test
    void aDepartmentApproverMayCompleteACaseWithANote() throws Exception {
        given(complete.complete(any())).willReturn(SampleCases.accepted(3));

        mvc.perform(post("/api/v1/cases/{id}/completion", SampleCases.ID).with(as(APPROVER))
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"准予迁入\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""));

        ArgumentCaptor<CompleteCaseCommand> command = ArgumentCaptor.forClass(CompleteCaseCommand.class);
        verify(complete).complete(command.capture());
        assertThat(command.getValue()).isEqualTo(
                new CompleteCaseCommand(APPROVER, new ServiceCaseId(SampleCases.ID), "准予迁入"));
    }

    @Test
    void aCaseIsCompletedWithoutANoteWhenNoBodyIsSent() throws Exception {
        given(complete.complete(any())).willReturn(SampleCases.accepted(3));

        mvc.perform(post("/api/v1/cases/{id}/completion", SampleCases.ID).with(as(CLERK)))
                .andExpect(status().isOk());

        verify(complete).complete(new CompleteCaseCommand(CLERK, new ServiceCaseId(SampleCases.ID), null));
    }

    @Test
    void aDepartmentApproverMayNotAcceptACase() throws Exception {
        mvc.perform(post("/api/v1/cases/{id}/acceptance", SampleCases.ID).with(as(APPROVER)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("auth.forbidden"));
        verifyNoInteractions(accept);
    }

    @Test
    void aSupervisorMayCompleteNothing() throws Exception {
        mvc.perform(post("/api/v1/cases/{id}/completion", SampleCases.ID).with(as(SUPERVISOR)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(complete);
    }

    @Test
    void acceptingAnswersTheAcceptedCaseWithItsDueDates() throws Exception {
        given(accept.accept(any())).willReturn(SampleCases.accepted(2));

        mvc.perform(post("/api/v1/cases/{id}/acceptance", SampleCases.ID).with(as(CLERK)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.acceptedOn").value("2026-03-05"))
                .andExpect(jsonPath("$.promisedDue").value("2026-03-10"))
                .andExpect(jsonPath("$.statutoryDue").value("2026-04-02"))
                .andExpect(jsonPath("$.remainingWorkingDays").value(3))
                .andExpect(jsonPath("$.overdue").value(false));
        verify(accept).accept(new AcceptCaseCommand(CLERK, new ServiceCaseId(SampleCases.ID)));
    }

    @Test
    void aSupplementRequestWithoutDefectsAnswersTheCaseWithItsOneTimeNotice() throws Exception {
        given(requestSupplement.requestSupplement(any())).willReturn(SampleCases.noticed(1));

        mvc.perform(post("/api/v1/cases/{id}/supplement-request", SampleCases.ID).with(as(CLERK))
                .contentType(MediaType.APPLICATION_JSON).content("{\"defects\": {}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUPPLEMENT_REQUESTED"))
                .andExpect(jsonPath("$.notices", hasSize(1)))
                .andExpect(jsonPath("$.notices[0].submissionRound").value(1))
                .andExpect(jsonPath("$.notices[0].issuedOn").value("2026-03-05"))
                .andExpect(jsonPath("$.notices[0].items[0].code").value("PHOTO"))
                .andExpect(jsonPath("$.notices[0].items[0].defect").value(nullValue()))
                .andExpect(jsonPath("$.notices[0].items[1].defect").value("复印件不清晰"));

        verify(requestSupplement).requestSupplement(
                new RequestSupplementCommand(CLERK, new ServiceCaseId(SampleCases.ID), Map.of()));
    }

    @Test
    void aSupplementRequestPassesOnTheDefectiveMaterialsWithWhatIsWrong() throws Exception {
        given(requestSupplement.requestSupplement(any())).willReturn(SampleCases.noticed(1));

        mvc.perform(post("/api/v1/cases/{id}/supplement-request", SampleCases.ID).with(as(CLERK))
                .contentType(MediaType.APPLICATION_JSON).content("{\"defects\": {\"ID_CARD\": \"复印件不清晰\"}}"))
                .andExpect(status().isOk());

        verify(requestSupplement).requestSupplement(new RequestSupplementCommand(CLERK,
                new ServiceCaseId(SampleCases.ID), Map.of("ID_CARD", "复印件不清晰")));
    }

    @Test
    void suppliedMaterialsArePassedOn() throws Exception {
        given(supplyMaterials.supply(any())).willReturn(SampleCases.submitted(2));

        mvc.perform(post("/api/v1/cases/{id}/materials", SampleCases.ID).with(as(CLERK))
                .contentType(MediaType.APPLICATION_JSON).content("{\"materials\": [\"PHOTO\", \"ID_CARD\"]}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));

        verify(supplyMaterials).supply(new SupplyMaterialsCommand(CLERK, new ServiceCaseId(SampleCases.ID),
                Set.of("PHOTO", "ID_CARD")));
    }

    @Test
    void aSupervisorReadsACaseWithItsVersionAsETag() throws Exception {
        given(cases.get(SUPERVISOR, new ServiceCaseId(SampleCases.ID))).willReturn(SampleCases.accepted(5));

        mvc.perform(get("/api/v1/cases/{id}", SampleCases.ID).with(as(SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""))
                .andExpect(jsonPath("$.version").value(5));
    }

    @Test
    void theCaseListIsPagedAndFilteredByStatus() throws Exception {
        given(cases.list(eq(APPROVER), any(), any())).willReturn(
                Page.of(List.of(SampleCases.summary()), new PageRequest(1, 1), 3));

        mvc.perform(get("/api/v1/cases").param("status", "ACCEPTED").param("page", "1").param("size", "1")
                .with(as(APPROVER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].number").value(SampleCases.NUMBER))
                .andExpect(jsonPath("$.content[0].applicantName").value("张*"))
                .andExpect(jsonPath("$.content[0].promisedDue").value("2026-03-10"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(3));

        verify(cases).list(APPROVER, new CaseListFilter(Optional.of(CaseStatus.ACCEPTED), Optional.empty()),
                new PageRequest(1, 1));
    }

    @Test
    void theDeadlineExplanationShowsEveryDayWithItsVerdictAndSumsItUp() throws Exception {
        given(cases.explainDeadline(CLERK, new ServiceCaseId(SampleCases.ID), DeadlineKind.PROMISED))
                .willReturn(SampleCases.threeWorkingDaysOverAWeekend());

        mvc.perform(get("/api/v1/cases/{id}/deadline", SampleCases.ID).param("kind", "PROMISED").with(as(CLERK))
                .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(SampleCases.ID.toString()))
                .andExpect(jsonPath("$.kind").value("PROMISED"))
                .andExpect(jsonPath("$.day0").value("2026-03-05"))
                .andExpect(jsonPath("$.limit.amount").value(3))
                .andExpect(jsonPath("$.limit.unit").value("WORKING_DAYS"))
                .andExpect(jsonPath("$.extensionDays").value(0))
                .andExpect(jsonPath("$.dueDate").value("2026-03-10"))
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.provisionalReason").value(nullValue()))
                .andExpect(jsonPath("$.days", hasSize(6)))
                .andExpect(jsonPath("$.days[0].verdict").value("START"))
                .andExpect(jsonPath("$.days[2].date").value("2026-03-07"))
                .andExpect(jsonPath("$.days[2].verdict").value("WEEKEND"))
                .andExpect(jsonPath("$.days[2].ordinal").value(0))
                .andExpect(jsonPath("$.days[5].verdict").value("COUNTED"))
                .andExpect(jsonPath("$.days[5].ordinal").value(3))
                .andExpect(jsonPath("$.days[5].makeUpWorkday").value(false))
                .andExpect(jsonPath("$.days[5].note").value(nullValue()))
                .andExpect(jsonPath("$.summary.countedDays").value(3))
                .andExpect(jsonPath("$.summary.weekendDays").value(2))
                .andExpect(jsonPath("$.summary.holidayDays").value(0))
                .andExpect(jsonPath("$.summary.pausedDays").value(0))
                .andExpect(jsonPath("$.summary.text", containsString("the promised limit of 3 working days")))
                .andExpect(jsonPath("$.summary.text", containsString("ends on 2026-03-10")));
    }

    @Test
    void theDeadlineExplainedIsThePromisedOneUnlessAnotherIsAskedForAndIsSummedUpInChinese() throws Exception {
        given(cases.explainDeadline(CLERK, new ServiceCaseId(SampleCases.ID), DeadlineKind.PROMISED))
                .willReturn(SampleCases.threeWorkingDaysOverAWeekend());

        mvc.perform(get("/api/v1/cases/{id}/deadline", SampleCases.ID).with(as(CLERK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("PROMISED"))
                .andExpect(jsonPath("$.summary.text", containsString("承诺期限为 3 个工作日")));
    }

    @Test
    void theHistoryListsEveryStepWithWhoWhenAndWhat() throws Exception {
        given(cases.history(SUPERVISOR, new ServiceCaseId(SampleCases.ID))).willReturn(SampleCases.history());

        mvc.perform(get("/api/v1/cases/{id}/history", SampleCases.ID).with(as(SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(SampleCases.ID.toString()))
                .andExpect(jsonPath("$.transitions", hasSize(2)))
                .andExpect(jsonPath("$.transitions[0].sequence").value(1))
                .andExpect(jsonPath("$.transitions[0].action").value("SUBMIT"))
                .andExpect(jsonPath("$.transitions[0].from").value(nullValue()))
                .andExpect(jsonPath("$.transitions[0].to").value("SUBMITTED"))
                .andExpect(jsonPath("$.transitions[0].actor").value("wang.clerk"))
                .andExpect(jsonPath("$.transitions[0].actorDepartment").value("PSB"))
                .andExpect(jsonPath("$.transitions[0].at").value("2026-03-05T09:30:00+08:00"))
                .andExpect(jsonPath("$.transitions[1].action").value("ACCEPT"))
                .andExpect(jsonPath("$.transitions[1].from").value("SUBMITTED"));
    }
}
