package org.openhall.disclosure.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.disclosure.application.port.in.DisclosureRequestQuery;
import org.openhall.disclosure.application.port.in.HandleDisclosureRequestUseCase;
import org.openhall.disclosure.domain.problem.DisclosureConflict;
import org.openhall.disclosure.domain.problem.IncompleteRecord;
import org.openhall.network.application.port.in.StaffCredentials;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Refusals of request handling are problems with stable codes, 409 or 422, in the caller's language; roles are checked. */
@WebMvcTest(DisclosureRequestController.class)
class DisclosureProblemResponsesTest {

    private static final Actor OFFICER = new Actor("wei.officer", Set.of(Role.DISCLOSURE_OFFICER), null, "韦公开");
    private static final String REQUEST = "/api/v1/disclosure/requests/" + UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HandleDisclosureRequestUseCase handle;
    @MockitoBean
    DisclosureRequestQuery requests;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void accounts() {
        Staff.registerIn(staff);
        given(staff.credentialsOf(OFFICER.username())).willReturn(java.util.Optional.of(
                new StaffCredentials(OFFICER.username(), "{noop}" + Staff.PASSWORD, true, OFFICER)));
    }

    @Test
    void aSecondCorrectionNoticeIsA409WithItsCode() throws Exception {
        given(handle.requestCorrection(any(), any(), any(), any()))
                .willThrow(DisclosureConflict.correctionAlreadyRequested(LocalDate.parse("2026-02-13")));

        mvc.perform(post(REQUEST + "/correction-request").with(as(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"points\":[\"请明确年份\"],\"dueOn\":\"2026-02-27\"}"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("disclosure.correction-already-requested"))
                .andExpect(jsonPath("$.detail").value("已于 2026-02-13 出具补正通知；依《政府信息公开条例》第三十条，只能一次性告知补正。"));
    }

    @Test
    void aSecondExtensionIsA409() throws Exception {
        given(handle.extend(any())).willThrow(DisclosureConflict.extensionAlreadyGranted(LocalDate.parse("2026-10-12")));

        mvc.perform(post(REQUEST + "/extension").with(as(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"workingDays\":5,\"approvedBy\":\"主任\",\"reason\":\"r\",\"applicantNotifiedOn\":\"2026-10-12\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("disclosure.extension-already-granted"));
    }

    @Test
    void aReplyWithoutItsRequiredFieldIsA422NamingTheField() throws Exception {
        given(handle.reply(any(), any(), any())).willThrow(IncompleteRecord.reply("NOT_DISCLOSED", "reasons"));

        mvc.perform(post(REQUEST + "/reply").with(as(OFFICER)).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"DOES_NOT_EXIST\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("disclosure.reply-incomplete"))
                .andExpect(jsonPath("$.field").value("reasons"))
                .andExpect(jsonPath("$.detail").value("A reply of type NOT_DISCLOSED must state reasons."));
    }

    @Test
    void aReplyBodyMissingItsTypeIsRefusedByTheDomainNamingTheField() throws Exception {
        mvc.perform(post(REQUEST + "/reply").with(as(OFFICER)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("disclosure.reply-incomplete"))
                .andExpect(jsonPath("$.field").value("type"));
    }

    @Test
    void aClerkMayNotHandleRequestsAndNobodyUnsignedMay() throws Exception {
        mvc.perform(post(REQUEST + "/correction").with(as(Staff.CLERK)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("auth.forbidden"));
        mvc.perform(post(REQUEST + "/correction")).andExpect(status().isUnauthorized());
        verifyNoInteractions(handle);
        given(handle.decideChallenge(any(), any(), anyInt(), any(), any())).willThrow(
                DisclosureConflict.challengeAlreadyDecided(1));
    }
}
