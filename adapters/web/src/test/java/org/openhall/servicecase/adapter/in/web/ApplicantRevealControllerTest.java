package org.openhall.servicecase.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.openhall.shared.adapter.in.web.Staff.ADMINISTRATOR;
import static org.openhall.shared.adapter.in.web.Staff.APPROVER;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.SUPERVISOR;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.servicecase.application.port.in.RevealApplicantUseCase;
import org.openhall.servicecase.application.port.in.RevealedApplicantView;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.domain.access.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ApplicantRevealController.class)
class ApplicantRevealControllerTest {

    private static final UUID ID = UUID.fromString("6d1f0a52-8f0e-4c53-9d3a-2f6f0c0e5a11");
    private static final String PATH = "/api/v1/cases/" + ID + "/applicant/reveal";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    StaffDirectory staff;
    @MockitoBean
    RevealApplicantUseCase reveal;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
        given(reveal.reveal(any(), eq(new ServiceCaseId(ID)))).willReturn(new RevealedApplicantView(ID.toString(),
                "HS-SCJG-2026-000001", new RevealedApplicantView.Person("张三", "11010519491231002X", "13800138000"),
                null));
    }

    @Test
    void theDepartmentsCaseWorkersAndSupervisorsGetTheFullDataThatNoCacheMayKeep() throws Exception {
        for (Actor actor : new Actor[] { CLERK, APPROVER, SUPERVISOR }) {
            mvc.perform(post(PATH).with(as(actor))).andExpect(status().isOk())
                    // Exactly the endpoint's own header, not a framework default that could be switched off.
                    .andExpect(header().string("Cache-Control", "no-store"))
                    .andExpect(jsonPath("$.applicant.name").value("张三"))
                    .andExpect(jsonPath("$.applicant.idNumber").value("11010519491231002X"))
                    .andExpect(jsonPath("$.applicant.phone").value("13800138000"))
                    .andExpect(jsonPath("$.agent").doesNotExist());
        }
    }

    @Test
    void theSystemAdministratorMayNotRevealPersonalData() throws Exception {
        mvc.perform(post(PATH).with(as(ADMINISTRATOR))).andExpect(status().isForbidden());
        verifyNoInteractions(reveal);
    }

    @Test
    void aRevealNeedsASignInAndIsAPostNeverAGet() throws Exception {
        mvc.perform(post(PATH)).andExpect(status().isUnauthorized());
        mvc.perform(get(PATH).with(as(CLERK))).andExpect(status().is4xxClientError());
        verifyNoInteractions(reveal);
    }
}
