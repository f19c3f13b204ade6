package org.openhall.servicecase.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.servicecase.application.port.in.AcceptCaseUseCase;
import org.openhall.servicecase.application.port.in.CompleteCaseUseCase;
import org.openhall.servicecase.application.port.in.DeadlineNotStarted;
import org.openhall.servicecase.application.port.in.RequestSupplementUseCase;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.servicecase.application.port.in.SubmitApplicationUseCase;
import org.openhall.servicecase.application.port.in.SupplyMaterialsUseCase;
import org.openhall.servicecase.domain.CaseAction;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.problem.CaseNotInExpectedState;
import org.openhall.servicecase.domain.problem.MaterialsIncomplete;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.DepartmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every failure of a case request is answered as {@code application/problem+json} with the status
 * of its kind and a stable code, in the caller's language, and never shows the server's insides.
 */
@WebMvcTest(ServiceCaseController.class)
class CaseProblemResponsesTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String CASE = "/api/v1/cases/" + SampleCases.ID;

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
    void aStepTheCaseIsNotReadyForIsAConflictWithTheCodeAndItsDetails() throws Exception {
        given(complete.complete(any())).willThrow(new CaseNotInExpectedState(CaseAction.COMPLETE, CaseStatus.SUBMITTED));

        mvc.perform(post(CASE + "/completion").with(as(CLERK)))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", PROBLEM_JSON))
                // Absent, the type is "about:blank" (RFC 9457, 3.1.1): the status and code say it all.
                .andExpect(jsonPath("$.type").doesNotExist())
                // The problem's own detail "status" (the case's) must not replace the HTTP status.
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.title").value("冲突"))
                .andExpect(jsonPath("$.code").value("case.not-in-expected-state"))
                .andExpect(jsonPath("$.detail").value("办件当前为“已收件”状态，不能进行“办结”操作。"))
                .andExpect(jsonPath("$.instance").value(CASE + "/completion"))
                .andExpect(jsonPath("$.action").value("COMPLETE"));
    }

    @Test
    void theSameProblemIsExplainedInEnglishWhenTheCallerAsksForEnglish() throws Exception {
        given(complete.complete(any())).willThrow(new CaseNotInExpectedState(CaseAction.COMPLETE, CaseStatus.SUBMITTED));

        mvc.perform(post(CASE + "/completion").with(as(CLERK)).header("Accept-Language", "en-US,en;q=0.8"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflict"))
                .andExpect(jsonPath("$.code").value("case.not-in-expected-state"))
                .andExpect(jsonPath("$.detail").value("A case that is submitted cannot take the step \"complete\"."));
    }

    @Test
    void aLanguageTheCentreDoesNotSpeakGetsChinese() throws Exception {
        given(complete.complete(any())).willThrow(new CaseNotInExpectedState(CaseAction.COMPLETE, CaseStatus.SUBMITTED));

        mvc.perform(post(CASE + "/completion").with(as(CLERK)).header("Accept-Language", "fr-FR"))
                .andExpect(jsonPath("$.detail").value("办件当前为“已收件”状态，不能进行“办结”操作。"));
    }

    @Test
    void aClientThatAcceptsPlainJsonStillGetsTheProblemDocument() throws Exception {
        given(cases.get(any(), any())).willThrow(new ResourceNotFound("case", SampleCases.ID.toString()));

        mvc.perform(get(CASE).with(as(CLERK)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("case.not-found"));
    }

    @Test
    void anUnknownCaseIsNotFoundWithItsCode() throws Exception {
        given(cases.get(any(), any())).willThrow(new ResourceNotFound("case", SampleCases.ID.toString()));

        mvc.perform(get(CASE).with(as(CLERK)))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("case.not-found"))
                .andExpect(jsonPath("$.detail").value("没有办件 " + SampleCases.ID + "。"));
    }

    @Test
    void aNotFoundWithoutATextOfItsOwnIsExplainedByTheFamilyText() throws Exception {
        given(accept.accept(any())).willThrow(new ResourceNotFound("notice", "7"));

        mvc.perform(post(CASE + "/acceptance").with(as(CLERK)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("notice.not-found"))
                .andExpect(jsonPath("$.detail").value("没有找到notice 7。"));
    }

    @Test
    void anotherDepartmentsCaseIsForbiddenWithTheScopeCode() throws Exception {
        given(cases.get(any(), any())).willThrow(new OutsideDepartmentScope(CLERK, new DepartmentCode("MARKET")));

        mvc.perform(get(CASE).with(as(CLERK)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.outside-department"))
                .andExpect(jsonPath("$.department").value("MARKET"));
    }

    @Test
    void acceptingWithMandatoryMaterialsMissingIsUnprocessableAndListsThem() throws Exception {
        given(accept.accept(any())).willThrow(new MaterialsIncomplete(List.of("PHOTO", "HUKOU")));

        mvc.perform(post(CASE + "/acceptance").with(as(CLERK)).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.materials-incomplete"))
                .andExpect(jsonPath("$.missing[0]").value("PHOTO"))
                .andExpect(jsonPath("$.detail", containsString("PHOTO, HUKOU")));
    }

    @Test
    void aDeadlineOfACaseNotYetAcceptedIsAConflict() throws Exception {
        given(cases.explainDeadline(any(), any(), any())).willThrow(new DeadlineNotStarted(SampleCases.ID.toString()));

        mvc.perform(get(CASE + "/deadline").with(as(CLERK)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.deadline-not-started"));
    }

    @Test
    void aConcurrentUpdateReportedByTheUseCaseIsAConflictToRetry() throws Exception {
        given(accept.accept(any())).willThrow(new ConcurrentUpdate("case", SampleCases.ID.toString()));

        mvc.perform(post(CASE + "/acceptance").with(as(CLERK)).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.concurrent-update"))
                .andExpect(jsonPath("$.detail", containsString("reload it and try again")));
    }

    @Test
    void aLostOptimisticLockIsAConflictToRetry() throws Exception {
        given(accept.accept(any())).willThrow(new OptimisticLockingFailureException("row version 3 expected"));

        mvc.perform(post(CASE + "/acceptance").with(as(CLERK)))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("concurrent-update"))
                .andExpect(jsonPath("$.detail").value("该记录已被他人修改，您的更改未保存，请刷新后重试。"));
    }

    @Test
    void anUnexpectedFailureIsA500WithATraceIdAndNothingOfTheFailure() throws Exception {
        given(cases.get(any(), any())).willThrow(
                new IllegalStateException("ERROR: relation \"service_case\" does not exist; SQL [select * from x]"));

        MvcResult result = mvc.perform(get(CASE).with(as(CLERK)))
                .andExpect(status().isInternalServerError())
                .andExpect(header().string("Content-Type", PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("internal-error"))
                .andExpect(jsonPath("$.traceId", matchesPattern("[0-9a-f-]{36}")))
                .andReturn();

        String body = result.getResponse().getContentAsString();
        assertThat(body).doesNotContain("Exception", "at org.", "SQL", "service_case", "java.");
        String traceId = JsonPath.read(body, "$.traceId");
        assertThat(body).contains("追踪号 " + traceId);
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/cases").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"itemCode\": \"HS-GA-001\", "))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.malformed"))
                .andExpect(jsonPath("$.detail").value("请求体不是有效的 JSON，或其中某个值的类型不正确。"));
        verifyNoInteractions(submit);
    }

    @Test
    void aValueOfTheWrongTypeIsABadRequestThatNamesTheField() throws Exception {
        mvc.perform(post("/api/v1/cases").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON).content("""
                {"itemCode": "HS-GA-001", "materials": {"ID_CARD": 1},
                 "applicant": {"name": "张三", "idNumber": "11010519491231002X", "phone": "13800138000"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"))
                .andExpect(jsonPath("$.field").value("materials"));
    }

    @Test
    void aNoteThatIsNoTextIsABadRequestNamingTheField() throws Exception {
        mvc.perform(post(CASE + "/completion").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\": {\"a\": 1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"))
                .andExpect(jsonPath("$.field").value("note"));
    }

    @Test
    void aMissingRequiredFieldIsABadRequestThatListsTheField() throws Exception {
        mvc.perform(post("/api/v1/cases").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON).content("""
                {"itemCode": "HS-GA-001", "applicant": {"name": "张三", "phone": "13800138000"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("applicant.idNumber")))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        verifyNoInteractions(submit);
    }

    @Test
    void anIdentityNumberWithAWrongCheckDigitIsABadRequestNamingTheValue() throws Exception {
        mvc.perform(post("/api/v1/cases").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON).content("""
                {"itemCode": "HS-GA-001",
                 "applicant": {"name": "张三", "idNumber": "110105194912310021", "phone": "13800138000"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("value.invalid"))
                .andExpect(jsonPath("$.field").isNotEmpty());
        verifyNoInteractions(submit);
    }

    @Test
    void aMissingBodyIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/cases").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.body-missing"));
    }

    @Test
    void aCaseIdThatIsNoUuidIsABadRequestNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/cases/not-a-uuid").with(as(CLERK)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("id"));
    }

    @Test
    void anUnknownStatusInTheQueryIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/cases").param("status", "LOST").with(as(CLERK)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("status"));
    }

    @Test
    void anUnknownDeadlineKindIsABadRequest() throws Exception {
        mvc.perform(get(CASE + "/deadline").param("kind", "SOMEDAY").with(as(CLERK)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("kind"));
    }

    @Test
    void aPageSizeAboveTheMaximumIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/cases").param("size", "5000").with(as(CLERK)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("value.invalid"))
                .andExpect(jsonPath("$.field").value("size"));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() throws Exception {
        mvc.perform(post("/api/v1/cases").with(as(CLERK)).contentType(MediaType.TEXT_PLAIN).content("itemCode=1"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(header().string("Content-Type", PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.unsupported-media-type"));
    }

    @Test
    void aMethodThePathDoesNotTakeIsNotAllowedAndTheAllowedOnesAreNamed() throws Exception {
        mvc.perform(delete(CASE).with(as(CLERK)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(header().string("Content-Type", PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.method-not-allowed"))
                .andExpect(jsonPath("$.method").value("DELETE"));
    }

    @Test
    void anUnknownPathIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/nothing-here").with(as(CLERK)))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("resource.not-found"))
                .andExpect(jsonPath("$.detail").value("该地址下没有任何资源。"));
    }

    @Test
    void anUnknownPathIsNotRevealedToAnonymousCallers() throws Exception {
        mvc.perform(get("/api/v1/nothing-here"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.unauthenticated"));
    }
}
