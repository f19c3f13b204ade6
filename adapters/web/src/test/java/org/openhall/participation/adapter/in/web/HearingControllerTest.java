package org.openhall.participation.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.participation.application.port.in.HearingQuery;
import org.openhall.participation.application.port.in.RegisterForHearingCommand;
import org.openhall.participation.application.port.in.RegisterForHearingUseCase;
import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.HearingStage;
import org.openhall.participation.domain.problem.HearingRegistrationClosed;
import org.openhall.shared.adapter.in.web.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** What anyone gets from the public hearing endpoints. */
@WebMvcTest(HearingController.class)
class HearingControllerTest {

    private static final String HEARING = "/api/v1/participation/hearings/" + SampleParticipation.HEARING;
    private static final String REGISTRATION = """
            {"name": "李四", "phone": "13912345678", "statement": "附近居民"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HearingQuery hearings;
    @MockitoBean
    RegisterForHearingUseCase register;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
    }

    @Test
    void aHearingIsPublicWithItsPeriodsRepresentativesAndMaterials() throws Exception {
        given(hearings.hearing(new HearingId(SampleParticipation.HEARING)))
                .willReturn(SampleParticipation.hearing(HearingStage.MATERIALS_PROVIDED));

        mvc.perform(get(HEARING))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.announcementDays").value(20))
                .andExpect(jsonPath("$.registrationClosingDays").value(10))
                .andExpect(jsonPath("$.materialsDays").value(7))
                .andExpect(jsonPath("$.representatives[1]").value("王*"))
                .andExpect(jsonPath("$.materials[0].title").value("停车收费成本调查报告"))
                .andExpect(jsonPath("$.selectionMethod").value("按报名先后及利益相关程度遴选"));
    }

    @Test
    void anyoneRegistersWithoutSigningInAndTheAnswerShowsNoContact() throws Exception {
        given(register.register(any())).willReturn(SampleParticipation.registration());

        mvc.perform(post(HEARING + "/registrations").contentType(MediaType.APPLICATION_JSON).content(REGISTRATION))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.registrantName").value("李*"))
                .andExpect(content().string(not(Matchers.containsString("13912345678"))));

        ArgumentCaptor<RegisterForHearingCommand> command = ArgumentCaptor.forClass(RegisterForHearingCommand.class);
        verify(register).register(command.capture());
        assertThat(command.getValue().registrant().phone().value()).isEqualTo("13912345678");
        assertThat(command.getValue().statement()).isEqualTo("附近居民");
    }

    @Test
    void aRegistrationAfterTheClosingDayIsAConflict() throws Exception {
        given(register.register(any())).willThrow(new HearingRegistrationClosed(LocalDate.of(2026, 9, 20),
                LocalDate.of(2026, 9, 30)));

        mvc.perform(post(HEARING + "/registrations").contentType(MediaType.APPLICATION_JSON).content(REGISTRATION))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("participation.hearing-registration-closed"))
                .andExpect(jsonPath("$.detail").value("本次听证会报名时间为2026-09-20至2026-09-30。"));
    }

    @Test
    void aRegistrationWithoutAPhoneIsABadRequest() throws Exception {
        mvc.perform(post(HEARING + "/registrations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"李四\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phone"));
    }
}
