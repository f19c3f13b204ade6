package org.openhall.servicecase.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.openhall.shared.adapter.in.web.Staff.APPROVER;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.SUPERVISOR;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.servicecase.application.port.in.CollectFeesCommand;
import org.openhall.servicecase.application.port.in.CollectFeesUseCase;
import org.openhall.servicecase.application.port.in.CompleteCaseStepCommand;
import org.openhall.servicecase.application.port.in.CompleteCaseStepUseCase;
import org.openhall.servicecase.application.port.in.DecideCaseUseCase;
import org.openhall.servicecase.application.port.in.DeliverCertificateCommand;
import org.openhall.servicecase.application.port.in.DeliverCertificateUseCase;
import org.openhall.servicecase.application.port.in.ExtendCaseDeadlineUseCase;
import org.openhall.servicecase.application.port.in.IssueCertificateUseCase;
import org.openhall.servicecase.application.port.in.PauseCaseCommand;
import org.openhall.servicecase.application.port.in.PauseCaseUseCase;
import org.openhall.servicecase.application.port.in.RefundFeesUseCase;
import org.openhall.servicecase.application.port.in.RefuseCaseUseCase;
import org.openhall.servicecase.application.port.in.ResumeCaseUseCase;
import org.openhall.servicecase.application.port.in.WaiveFeeUseCase;
import org.openhall.servicecase.application.port.in.WithdrawCaseUseCase;
import org.openhall.servicecase.domain.CaseAction;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.SpecialProcedure;
import org.openhall.servicecase.domain.problem.CaseNotInExpectedState;
import org.openhall.servicecase.domain.problem.FeeConflict;
import org.openhall.servicecase.domain.problem.FeeNotInCatalog;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.domain.money.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The lifecycle endpoints of a case: what they pass on, who may call them, and how they fail. */
@WebMvcTest(CaseLifecycleController.class)
class CaseLifecycleControllerTest {

    private static final String CASE = "/api/v1/cases/" + SampleCases.ID;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RefuseCaseUseCase refuse;
    @MockitoBean
    WithdrawCaseUseCase withdraw;
    @MockitoBean
    CompleteCaseStepUseCase steps;
    @MockitoBean
    PauseCaseUseCase pause;
    @MockitoBean
    ResumeCaseUseCase resume;
    @MockitoBean
    ExtendCaseDeadlineUseCase extend;
    @MockitoBean
    DecideCaseUseCase decide;
    @MockitoBean
    IssueCertificateUseCase certificate;
    @MockitoBean
    DeliverCertificateUseCase deliver;
    @MockitoBean
    CollectFeesUseCase collect;
    @MockitoBean
    WaiveFeeUseCase waive;
    @MockitoBean
    RefundFeesUseCase refund;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
    }

    @Test
    void aStepIsCompletedWithTheOpinionAtItsPosition() throws Exception {
        given(steps.completeStep(any())).willReturn(SampleCases.accepted(4));

        mvc.perform(post(CASE + "/steps/2/completion").with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"opinion\": \"符合条件\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""));

        verify(steps).completeStep(new CompleteCaseStepCommand(APPROVER, new ServiceCaseId(SampleCases.ID), 2,
                "符合条件"));
    }

    @Test
    void aPauseNeedsTheWrittenNoticeAndNamesTheField() throws Exception {
        mvc.perform(post(CASE + "/pauses").with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"procedure\": \"EXPERT_REVIEW\", \"noticedOn\": \"2026-09-24\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("noticeReference"));
        verifyNoInteractions(pause);
    }

    @Test
    void aPauseWithItsNoticeIsPassedOn() throws Exception {
        given(pause.pause(any())).willReturn(SampleCases.accepted(5));

        mvc.perform(post(CASE + "/pauses").with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"procedure\": \"EXPERT_REVIEW\", \"noticeReference\": \"合市监告〔2026〕7号\","
                        + " \"noticedOn\": \"2026-09-24\"}"))
                .andExpect(status().isOk());

        verify(pause).pause(new PauseCaseCommand(APPROVER, new ServiceCaseId(SampleCases.ID),
                SpecialProcedure.EXPERT_REVIEW, "合市监告〔2026〕7号", LocalDate.of(2026, 9, 24)));
    }

    @Test
    void aClerkMayNotStartASpecialProcedureNorASupervisorDecide() throws Exception {
        mvc.perform(post(CASE + "/pauses").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"procedure\": \"HEARING\", \"noticeReference\": \"x\", \"noticedOn\": \"2026-09-24\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(CASE + "/decision").with(as(SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\": \"APPROVED\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(pause, decide);
    }

    @Test
    void feesAreCollectedUnderOneReceiptWithTheirAmounts() throws Exception {
        given(collect.collect(any())).willReturn(SampleCases.accepted(6));

        mvc.perform(post(CASE + "/fees/collection").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"receiptNumber\": \"HS-PJ-0001\", \"fees\": [{\"name\": \"工本费\", \"amount\": 10.00}]}"))
                .andExpect(status().isOk());

        ArgumentCaptor<CollectFeesCommand> command = ArgumentCaptor.forClass(CollectFeesCommand.class);
        verify(collect).collect(command.capture());
        assertThat(command.getValue().amounts()).isEqualTo(Map.of("工本费", Money.yuan("10.00")));
        assertThat(command.getValue().receiptNumber()).isEqualTo("HS-PJ-0001");
    }

    @Test
    void aFeeTheCatalogDoesNotListIs422AndCollectingTwiceIs409() throws Exception {
        given(collect.collect(any())).willThrow(new FeeNotInCatalog("加急费", List.of("工本费")));
        mvc.perform(post(CASE + "/fees/collection").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"receiptNumber\": \"R1\", \"fees\": [{\"name\": \"加急费\", \"amount\": 50}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.fee-not-in-catalog"))
                .andExpect(jsonPath("$.detail").value("事项目录未规定收费项目“加急费”（目录收费项目：工本费），不得收取。"));

        willThrow(FeeConflict.alreadyCollected("R1")).given(collect).collect(any());
        mvc.perform(post(CASE + "/fees/collection").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"receiptNumber\": \"R2\", \"fees\": [{\"name\": \"工本费\", \"amount\": 10}]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.fee-already-collected"));
    }

    @Test
    void aPickupNamesWhoCollectedItAndAMailingItsTrackingNumber() throws Exception {
        given(deliver.deliver(any())).willReturn(SampleCases.accepted(8));

        mvc.perform(post(CASE + "/delivery").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"method\": \"PICKUP\", \"collectedBy\": \"张三\", \"idChecked\": true, \"byApplicant\": true}"))
                .andExpect(status().isOk());
        mvc.perform(post(CASE + "/delivery").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"method\": \"MAIL\", \"carrier\": \"EMS\", \"trackingNumber\": \"1190000000001\"}"))
                .andExpect(status().isOk());

        verify(deliver).deliver(new DeliverCertificateCommand(CLERK, new ServiceCaseId(SampleCases.ID),
                DeliveryMethod.PICKUP, "张三", true, true, null, null));
        verify(deliver).deliver(new DeliverCertificateCommand(CLERK, new ServiceCaseId(SampleCases.ID),
                DeliveryMethod.MAIL, null, false, false, "EMS", "1190000000001"));
    }

    @Test
    void aRefusalWithoutLegalBasisIsRefusedAndAWrongStateIs409() throws Exception {
        mvc.perform(post(CASE + "/refusal").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"不属于本机关职权范围\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("legalBasis"));

        given(refuse.refuse(any())).willThrow(new CaseNotInExpectedState(CaseAction.REFUSE, CaseStatus.ACCEPTED));
        mvc.perform(post(CASE + "/refusal").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"legalBasis\": \"《行政许可法》第三十二条\", \"reason\": \"不属于本机关职权范围\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.not-in-expected-state"));
    }
}
