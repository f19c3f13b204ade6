package org.openhall.shared.adapter.in.web;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.in.ApprovalItemQuery;
import org.openhall.complaint.application.port.in.RateServiceUseCase;
import org.openhall.complaint.application.port.in.RatingAppealUseCase;
import org.openhall.complaint.application.port.in.RatingFiguresQuery;
import org.openhall.complaint.application.port.in.RectificationQuery;
import org.openhall.complaint.application.port.in.RectificationUseCase;
import org.openhall.network.application.port.in.DepartmentRatesQuery;
import org.openhall.network.application.port.in.RecordAbsenceUseCase;
import org.openhall.catalog.application.port.in.CatalogChangeLogQuery;
import org.openhall.catalog.application.port.in.CatalogSnapshotQuery;
import org.openhall.catalog.application.port.in.MaintainCatalogUseCase;
import org.openhall.catalog.application.port.in.ServiceGuideQuery;
import org.openhall.network.application.port.in.ServiceNetworkQuery;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.network.application.port.in.WindowDutyQuery;
import org.openhall.participation.application.port.in.AnnounceHearingUseCase;
import org.openhall.participation.application.port.in.AnswerCommentUseCase;
import org.openhall.participation.application.port.in.ConsultationQuery;
import org.openhall.participation.application.port.in.HearingQuery;
import org.openhall.participation.application.port.in.ModerateCommentUseCase;
import org.openhall.participation.application.port.in.ProvideHearingMaterialsUseCase;
import org.openhall.participation.application.port.in.PublishAdoptionReportUseCase;
import org.openhall.participation.application.port.in.PublishDecisionUseCase;
import org.openhall.participation.application.port.in.PublishDraftForCommentUseCase;
import org.openhall.participation.application.port.in.RecordHearingMinutesUseCase;
import org.openhall.participation.application.port.in.RegisterForHearingUseCase;
import org.openhall.participation.application.port.in.RevealCommenterContactUseCase;
import org.openhall.participation.application.port.in.RevealRegistrantContactUseCase;
import org.openhall.participation.application.port.in.SelectRepresentativesUseCase;
import org.openhall.participation.application.port.in.StaffConsultationQuery;
import org.openhall.participation.application.port.in.StaffHearingQuery;
import org.openhall.participation.application.port.in.SubmitCommentUseCase;
import org.openhall.servicecase.application.port.in.AcceptCaseUseCase;
import org.openhall.servicecase.application.port.in.CompleteCaseUseCase;
import org.openhall.servicecase.application.port.in.RequestSupplementUseCase;
import org.openhall.servicecase.application.port.in.RevealApplicantUseCase;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.servicecase.application.port.in.SubmitApplicationUseCase;
import org.openhall.servicecase.application.port.in.SupplyMaterialsUseCase;
import org.openhall.servicecase.application.port.in.RefuseCaseUseCase;
import org.openhall.servicecase.application.port.in.WithdrawCaseUseCase;
import org.openhall.servicecase.application.port.in.CompleteCaseStepUseCase;
import org.openhall.servicecase.application.port.in.PauseCaseUseCase;
import org.openhall.servicecase.application.port.in.ResumeCaseUseCase;
import org.openhall.servicecase.application.port.in.ExtendCaseDeadlineUseCase;
import org.openhall.servicecase.application.port.in.DecideCaseUseCase;
import org.openhall.servicecase.application.port.in.IssueCertificateUseCase;
import org.openhall.servicecase.application.port.in.DeliverCertificateUseCase;
import org.openhall.servicecase.application.port.in.CollectFeesUseCase;
import org.openhall.servicecase.application.port.in.WaiveFeeUseCase;
import org.openhall.servicecase.application.port.in.RefundFeesUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole web adapter in one context, as the composition root assembles it: the API
 * description is public and documents the operations, their sign-in and their problems.
 */
@SpringBootTest(properties = "openhall.centre.public-base-url=https://zwfw.example.cn")
@AutoConfigureMockMvc
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ApprovalItemQuery items;
    @MockitoBean
    ServiceGuideQuery guides;
    @MockitoBean
    CatalogSnapshotQuery snapshots;
    @MockitoBean
    MaintainCatalogUseCase catalogMaintenance;
    @MockitoBean
    CatalogChangeLogQuery catalogChanges;
    @MockitoBean
    SubmitApplicationUseCase submit;
    @MockitoBean
    RequestSupplementUseCase requestSupplement;
    @MockitoBean
    SupplyMaterialsUseCase supplyMaterials;
    @MockitoBean
    RefuseCaseUseCase refuseCase;
    @MockitoBean
    WithdrawCaseUseCase withdrawCase;
    @MockitoBean
    CompleteCaseStepUseCase completeCaseStep;
    @MockitoBean
    PauseCaseUseCase pauseCase;
    @MockitoBean
    ResumeCaseUseCase resumeCase;
    @MockitoBean
    ExtendCaseDeadlineUseCase extendCaseDeadline;
    @MockitoBean
    DecideCaseUseCase decideCase;
    @MockitoBean
    IssueCertificateUseCase issueCertificate;
    @MockitoBean
    DeliverCertificateUseCase deliverCertificate;
    @MockitoBean
    CollectFeesUseCase collectFees;
    @MockitoBean
    WaiveFeeUseCase waiveFee;
    @MockitoBean
    RefundFeesUseCase refundFees;
    @MockitoBean
    RateServiceUseCase rateService;
    @MockitoBean
    RatingAppealUseCase ratingAppeals;
    @MockitoBean
    RatingFiguresQuery ratingFigures;
    @MockitoBean
    RectificationUseCase rectify;
    @MockitoBean
    RectificationQuery rectifications;
    @MockitoBean
    AcceptCaseUseCase accept;
    @MockitoBean
    CompleteCaseUseCase complete;
    @MockitoBean
    ServiceCaseQuery cases;
    @MockitoBean
    RevealApplicantUseCase revealApplicant;
    @MockitoBean
    org.openhall.servicecase.application.port.in.CaseQueueQuery queues;
    @MockitoBean
    StaffDirectory staff;
    @MockitoBean
    ServiceNetworkQuery network;
    @MockitoBean
    WindowDutyQuery duty;
    @MockitoBean
    RecordAbsenceUseCase absences;
    @MockitoBean
    DepartmentRatesQuery rates;
    @MockitoBean
    org.openhall.disclosure.application.port.in.HandleDisclosureRequestUseCase disclosureRequests;
    @MockitoBean
    org.openhall.disclosure.application.port.in.DisclosureRequestQuery disclosureRequestQuery;
    @MockitoBean
    org.openhall.disclosure.application.port.in.ManageCatalogUseCase disclosureCatalog;
    @MockitoBean
    org.openhall.disclosure.application.port.in.CatalogQuery disclosureCatalogQuery;
    @MockitoBean
    org.openhall.disclosure.application.port.in.PublicDisclosureQuery publicDisclosure;
    @MockitoBean
    AnnounceHearingUseCase announceHearingUseCase;
    @MockitoBean
    AnswerCommentUseCase answerCommentUseCase;
    @MockitoBean
    ConsultationQuery consultationQuery;
    @MockitoBean
    HearingQuery hearingQuery;
    @MockitoBean
    ModerateCommentUseCase moderateCommentUseCase;
    @MockitoBean
    ProvideHearingMaterialsUseCase provideHearingMaterialsUseCase;
    @MockitoBean
    PublishAdoptionReportUseCase publishAdoptionReportUseCase;
    @MockitoBean
    PublishDecisionUseCase publishDecisionUseCase;
    @MockitoBean
    PublishDraftForCommentUseCase publishDraftForCommentUseCase;
    @MockitoBean
    RecordHearingMinutesUseCase recordHearingMinutesUseCase;
    @MockitoBean
    RegisterForHearingUseCase registerForHearingUseCase;
    @MockitoBean
    RevealCommenterContactUseCase revealCommenterContactUseCase;
    @MockitoBean
    RevealRegistrantContactUseCase revealRegistrantContactUseCase;
    @MockitoBean
    SelectRepresentativesUseCase selectRepresentativesUseCase;
    @MockitoBean
    StaffConsultationQuery staffConsultationQuery;
    @MockitoBean
    StaffHearingQuery staffHearingQuery;
    @MockitoBean
    SubmitCommentUseCase submitCommentUseCase;
    @MockitoBean
    org.openhall.complaint.application.port.in.OpenTicketUseCase openTicket;
    @MockitoBean
    org.openhall.complaint.application.port.in.HandleTicketUseCase handleTicket;
    @MockitoBean
    org.openhall.complaint.application.port.in.ReportLateTicketsUseCase lateTickets;
    @MockitoBean
    org.openhall.complaint.application.port.in.TicketQuery ticketQuery;
    @MockitoBean
    org.openhall.complaint.application.port.in.CallerTicketsQuery callerTickets;
    @MockitoBean
    org.openhall.complaint.application.port.in.PublicTicketsQuery publicTickets;
    @MockitoBean
    org.openhall.complaint.application.port.in.FileServiceRequestUseCase fileServiceRequest;
    @MockitoBean
    org.openhall.catalog.application.port.in.ApprovalItemLookup itemLookup;
    @MockitoBean
    org.openhall.servicecase.application.port.in.PublicCaseTrackQuery publicCaseTracking;
    @MockitoBean
    org.openhall.shared.application.CentreProfile centreProfile;
    @MockitoBean
    java.time.Clock clock;
    @MockitoBean
    org.openhall.servicecase.application.port.in.AcknowledgeReferralUseCase acknowledgeReferralUseCase;
    @MockitoBean
    org.openhall.servicecase.application.port.in.AnswerConsultationUseCase answerConsultationUseCase;
    @MockitoBean
    org.openhall.servicecase.application.port.in.ConsultationQuery caseConsultationQuery;
    @MockitoBean
    org.openhall.servicecase.application.port.in.ConvertConsultationToApplicationUseCase convertConsultationToApplicationUseCase;
    @MockitoBean
    org.openhall.servicecase.application.port.in.InviteApplicantUseCase inviteApplicantUseCase;
    @MockitoBean
    org.openhall.servicecase.application.port.in.PreApplicationQuery preApplicationQuery;
    @MockitoBean
    org.openhall.servicecase.application.port.in.PreApplicationStatusQuery preApplicationStatusQuery;
    @MockitoBean
    org.openhall.servicecase.application.port.in.ReceivePreApplicationUseCase receivePreApplicationUseCase;
    @MockitoBean
    org.openhall.servicecase.application.port.in.RecordConsultationUseCase recordConsultationUseCase;
    @MockitoBean
    org.openhall.servicecase.application.port.in.ReferConsultationUseCase referConsultationUseCase;
    @MockitoBean
    org.openhall.servicecase.application.port.in.RequestCorrectionsUseCase requestCorrectionsUseCase;
    @MockitoBean
    org.openhall.servicecase.application.port.in.ResubmitPreApplicationUseCase resubmitPreApplicationUseCase;
    @MockitoBean
    org.openhall.servicecase.application.port.in.SubmitPreApplicationUseCase submitPreApplicationUseCase;
    @MockitoBean
    org.openhall.supervision.application.port.in.WarningQuery warningQuery;
    @MockitoBean
    org.openhall.supervision.application.port.in.ContestCardUseCase contestCardUseCase;
    @MockitoBean
    org.openhall.supervision.application.port.in.RevokeCardUseCase revokeCardUseCase;
    @MockitoBean
    org.openhall.supervision.application.port.in.SweepCasesUseCase sweepCasesUseCase;
    @MockitoBean
    org.openhall.supervision.application.port.in.IssueOrderUseCase issueOrderUseCase;
    @MockitoBean
    org.openhall.supervision.application.port.in.ReplyToOrderUseCase replyToOrderUseCase;
    @MockitoBean
    org.openhall.supervision.application.port.in.OrderQuery orderQuery;
    @MockitoBean
    org.openhall.supervision.application.port.in.RecordAccountabilityUseCase recordAccountabilityUseCase;
    @MockitoBean
    org.openhall.supervision.application.port.in.AccountabilityQuery accountabilityQuery;
    @MockitoBean
    org.openhall.supervision.application.port.in.FiguresQuery figuresQuery;
    @MockitoBean
    org.openhall.notification.application.port.in.NoticeQuery noticeQuery;
    @MockitoBean
    org.openhall.notification.application.port.in.ManageSuppressionUseCase manageSuppression;
    @MockitoBean
    org.openhall.notification.application.port.in.RecordDeliveryReportUseCase recordDeliveryReport;
    @MockitoBean
    org.openhall.audit.application.port.in.RecordAuditEntryUseCase recordAuditEntry;
    @MockitoBean
    org.openhall.audit.application.port.in.AuditTrailQuery auditTrailQuery;
    @MockitoBean
    org.openhall.audit.application.port.in.VerifyAuditChainUseCase verifyAuditChain;
    @MockitoBean
    org.openhall.audit.application.port.in.ChainHeadQuery chainHeadQuery;
    @MockitoBean
    org.openhall.network.application.port.in.SignInUseCase signIn;
    @MockitoBean
    org.openhall.network.application.port.in.StaffSessions staffSessions;
    @MockitoBean
    org.openhall.network.application.port.in.HallScopeQuery hallScopes;
    @MockitoBean
    org.openhall.network.application.port.in.SecondFactorEnrolmentUseCase secondFactorEnrolment;
    @MockitoBean
    org.openhall.network.application.port.in.ChangePasswordUseCase changePassword;
    @MockitoBean
    org.openhall.network.application.port.in.ResetSecondFactorUseCase resetSecondFactor;
    @MockitoBean
    org.openhall.network.application.port.in.UnlockStaffAccountUseCase unlockStaffAccount;
    @MockitoBean
    org.openhall.network.application.port.in.ChangeStaffRolesUseCase changeStaffRoles;
    @MockitoBean
    org.openhall.complaint.application.port.in.ReceiveCallEventUseCase receiveCallEventUseCase;
    @MockitoBean
    org.openhall.complaint.application.port.in.CallScreenPopQuery callScreenPopQuery;
    @MockitoBean
    org.openhall.complaint.application.port.in.HotlineCallQuery hotlineCallQuery;
    @MockitoBean
    org.openhall.complaint.application.port.in.OpenCallTicketUseCase openCallTicketUseCase;

    @Test
    void theApiDescriptionIsPublicAndNamesTheApiItsOperationsAndBearerSignIn() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("OpenHall API"))
                .andExpect(jsonPath("$.info.version").value("v1"))
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/v1/auth/sign-in'].post.security").isEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/cases'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/deadline'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/applicant/reveal'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/search'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/items/{code}'].get.security").isEmpty());
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblemsAndASubmissionAs201() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.Problem.properties.code").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases'].post.responses['4XX'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/items'].get.responses['5XX'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/items'].get.responses['200'].content['application/json']")
                        .exists());
    }

    @Test
    void ratingByCodeIsPublicAndEverythingElseOfTheRatingsIsForStaff() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/public/ratings'].post.security").isEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/public/ratings'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/ratings/rectifications/{id}/closure'].post.security")
                        .doesNotExist());
    }

    @Test
    void theSignedInActorIsNoParameterOfTheDescribedOperations() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/acceptance'].post.parameters[*].name")
                        .value(contains("id")));
    }

    @Test
    void theConsultationIsDescribedWithItsPublicAndItsStaffOperations() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/participation/drafts/{id}/comments'].post.security").isEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/participation/drafts/{id}/comments'].post.responses['201']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/participation/hearings/{id}/registrations'].post.security")
                        .isEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/participation/staff/drafts/{id}/decision'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/participation/staff/drafts/{id}/decision'].post.security")
                        .doesNotExist());
    }

    @Test
    void thePreApplicationIsPublicAndItsPreReviewIsForStaff() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/public/pre-applications'].post.security").isEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/public/pre-applications'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/pre-applications/{id}/invitation'].post.security")
                        .doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/consultations'].post.responses['201']").exists());
    }

    @Test
    void theBrowsableDescriptionIsPublic() throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    }
}
