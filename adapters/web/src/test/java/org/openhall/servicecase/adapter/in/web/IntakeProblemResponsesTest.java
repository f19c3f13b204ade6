package org.openhall.servicecase.adapter.in.web;

import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
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
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.servicecase.application.port.in.AcknowledgeReferralUseCase;
import org.openhall.servicecase.application.port.in.AnswerConsultationUseCase;
import org.openhall.servicecase.application.port.in.ConsultationQuery;
import org.openhall.servicecase.application.port.in.ConvertConsultationToApplicationUseCase;
import org.openhall.servicecase.application.port.in.InviteApplicantUseCase;
import org.openhall.servicecase.application.port.in.PreApplicationQuery;
import org.openhall.servicecase.application.port.in.PreApplicationStatusQuery;
import org.openhall.servicecase.application.port.in.PreApplicationStatusView;
import org.openhall.servicecase.application.port.in.ReceivePreApplicationUseCase;
import org.openhall.servicecase.application.port.in.RecordConsultationUseCase;
import org.openhall.servicecase.application.port.in.ReferConsultationUseCase;
import org.openhall.servicecase.application.port.in.RequestCorrectionsUseCase;
import org.openhall.servicecase.application.port.in.ResubmitPreApplicationUseCase;
import org.openhall.servicecase.application.port.in.SubmitPreApplicationUseCase;
import org.openhall.servicecase.domain.consultation.ConsultationAction;
import org.openhall.servicecase.domain.consultation.ConsultationState;
import org.openhall.servicecase.domain.preapplication.PreApplicationReference;
import org.openhall.servicecase.domain.preapplication.PreApplicationState;
import org.openhall.servicecase.domain.problem.AppointmentNotOnWorkingDay;
import org.openhall.servicecase.domain.problem.ConsultationNotInExpectedState;
import org.openhall.servicecase.domain.problem.UnknownMaterial;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.DepartmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Consultations and pre-applications answer their failures as problem documents like cases do:
 * 400 naming the field, 403 outside the department, 404, 409 for a wrong state, 422 for a rule; the
 * public pre-application endpoints need no sign-in, the staff ones do.
 */
@WebMvcTest({ CaseConsultationController.class, PreApplicationController.class,
        PublicPreApplicationController.class })
class IntakeProblemResponsesTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final UUID ID = UUID.fromString("0d4c1f0e-5b7a-4c4e-9a53-2f1c8e9d7a61");
    private static final String CONSULTATION = "/api/v1/consultations/" + ID;
    private static final String PRE_APPLICATION = "/api/v1/pre-applications/" + ID;
    private static final String REFERENCE = "YS20260929-7KQ4M2XP";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RecordConsultationUseCase record;
    @MockitoBean
    AnswerConsultationUseCase answer;
    @MockitoBean
    ConvertConsultationToApplicationUseCase convert;
    @MockitoBean
    ReferConsultationUseCase refer;
    @MockitoBean
    AcknowledgeReferralUseCase acknowledge;
    @MockitoBean
    ConsultationQuery consultations;
    @MockitoBean
    SubmitPreApplicationUseCase submit;
    @MockitoBean
    ResubmitPreApplicationUseCase resubmit;
    @MockitoBean
    PreApplicationStatusQuery status;
    @MockitoBean
    RequestCorrectionsUseCase corrections;
    @MockitoBean
    InviteApplicantUseCase invite;
    @MockitoBean
    ReceivePreApplicationUseCase receive;
    @MockitoBean
    PreApplicationQuery preApplications;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
    }

    @Test
    void aConsultationWithoutAQuestionIsABadRequestNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/consultations").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON).content("""
                {"channel":"PHONE","enquirer":{"name":"张三","phone":"13800138000"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("question")));
        verifyNoInteractions(record);
    }

    @Test
    void anEnquirerPhoneTheDomainRefusesIsABadRequestNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/consultations").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON).content("""
                {"channel":"WINDOW","enquirer":{"name":"张三","phone":"12345"},"question":"问"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("value.invalid"))
                .andExpect(jsonPath("$.field").value("phoneNumber"));
        verifyNoInteractions(record);
    }

    @Test
    void answeringAReferralNotYetAcknowledgedIsAConflictInTheCallersLanguage() throws Exception {
        given(answer.answer(any())).willThrow(
                new ConsultationNotInExpectedState(ConsultationAction.ANSWER, ConsultationState.REFERRED));

        mvc.perform(post(CONSULTATION + "/answer").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"answer\":\"答复\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("consultation.invalid-state"))
                .andExpect(jsonPath("$.detail").value("咨询当前为“已转办待签收”状态，不能进行“答复”操作。"));
    }

    @Test
    void anotherDepartmentsConsultationIsForbidden() throws Exception {
        given(consultations.get(any(), any())).willThrow(new OutsideDepartmentScope(CLERK, new DepartmentCode("WSJK")));

        mvc.perform(get(CONSULTATION).with(as(CLERK)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.outside-department"));
    }

    @Test
    void anUnknownConsultationIsNotFound() throws Exception {
        given(consultations.get(any(), any())).willThrow(new ResourceNotFound("consultation", ID.toString()));

        mvc.perform(get(CONSULTATION).with(as(CLERK)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("consultation.not-found"));
    }

    @Test
    void consultationsAreForClerksToRecordAndNotForTheAnonymous() throws Exception {
        mvc.perform(post("/api/v1/consultations").with(as(SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/consultations")).andExpect(status().isUnauthorized());
    }

    @Test
    void aPreApplicationNeedsNoSignInAndUnknownMaterialsAreUnprocessable() throws Exception {
        given(submit.submit(any())).willThrow(new UnknownMaterial("SCJG-001", List.of("NOPE")));

        mvc.perform(post("/api/v1/public/pre-applications").contentType(MediaType.APPLICATION_JSON).content("""
                {"itemCode":"SCJG-001","materials":["NOPE"],
                 "applicant":{"name":"张三","idNumber":"11010519491231002X","phone":"13800138000"}}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.unknown-material"));
    }

    @Test
    void aPreApplicationWithABadIdNumberIsABadRequestNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/public/pre-applications").contentType(MediaType.APPLICATION_JSON).content("""
                {"itemCode":"SCJG-001","materials":["APP"],
                 "applicant":{"name":"张三","idNumber":"110105194912310021","phone":"13800138000"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("value.invalid"))
                .andExpect(jsonPath("$.field").value("residentIdNumber"));
        verifyNoInteractions(submit);
    }

    @Test
    void theStatusIsPublicAndWrongDigitsAreNotFound() throws Exception {
        given(status.status(new PreApplicationReference(REFERENCE), "8000")).willReturn(new PreApplicationStatusView(
                REFERENCE, "SCJG-001", "SCJG", "张*", PreApplicationState.PENDING_REVIEW, 1,
                LocalDate.parse("2026-09-29"), LocalDate.parse("2026-10-08"), List.of("APP"), List.of(), null, null));
        given(status.status(eq(new PreApplicationReference(REFERENCE)), eq("1234")))
                .willThrow(new ResourceNotFound("pre-application", REFERENCE));

        mvc.perform(get("/api/v1/public/pre-applications/" + REFERENCE).param("phoneLastFour", "8000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PENDING_REVIEW"))
                .andExpect(jsonPath("$.applicantName").value("张*"));
        mvc.perform(get("/api/v1/public/pre-applications/" + REFERENCE).param("phoneLastFour", "1234"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("pre-application.not-found"));
    }

    @Test
    void anInvitationOnAHolidayIsUnprocessable() throws Exception {
        given(invite.invite(any())).willThrow(new AppointmentNotOnWorkingDay(LocalDate.parse("2026-10-02")));

        mvc.perform(post(PRE_APPLICATION + "/invitation").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":\"2026-10-02\",\"timeSlot\":\"09:00-10:00\",\"window\":\"HS-CITY-W04\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("pre-application.appointment-not-working-day"))
                .andExpect(jsonPath("$.detail").value("预约日期 2026-10-02 不是服务中心的工作日。"));
    }

    @Test
    void aTimeSlotTheDomainRefusesNamesTheField() throws Exception {
        mvc.perform(post(PRE_APPLICATION + "/invitation").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":\"2026-10-09\",\"timeSlot\":\"morning\",\"window\":\"HS-CITY-W04\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("appointment.timeSlot"));
        verifyNoInteractions(invite);
    }

    @Test
    void anEmptyRequestForCorrectionsIsABadRequest() throws Exception {
        mvc.perform(post(PRE_APPLICATION + "/corrections").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"corrections\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("corrections")));
        verifyNoInteractions(corrections);
    }

    @Test
    void preReviewIsForStaffOnly() throws Exception {
        mvc.perform(get("/api/v1/pre-applications").param("overdue", "true")).andExpect(status().isUnauthorized());
    }
}
