package org.openhall.participation.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.openhall.shared.adapter.in.web.Staff.APPROVER;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.SUPERVISOR;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.participation.application.port.in.ProvideHearingMaterialsUseCase;
import org.openhall.participation.application.port.in.RecordHearingMinutesUseCase;
import org.openhall.participation.application.port.in.RevealRegistrantContactUseCase;
import org.openhall.participation.application.port.in.SelectRepresentativesCommand;
import org.openhall.participation.application.port.in.SelectRepresentativesUseCase;
import org.openhall.participation.application.port.in.StaffHearingQuery;
import org.openhall.participation.domain.HearingStage;
import org.openhall.participation.domain.RegistrationId;
import org.openhall.participation.domain.problem.HearingNotHeldYet;
import org.openhall.participation.domain.problem.HearingNoticePeriodNotKept;
import org.openhall.shared.adapter.in.web.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** What the organising department gets from the staff hearing endpoints, and which roles may use which. */
@WebMvcTest(StaffHearingController.class)
class StaffHearingControllerTest {

    private static final String HEARING = "/api/v1/participation/staff/hearings/" + SampleParticipation.HEARING;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StaffHearingQuery hearings;
    @MockitoBean
    SelectRepresentativesUseCase select;
    @MockitoBean
    ProvideHearingMaterialsUseCase provide;
    @MockitoBean
    RecordHearingMinutesUseCase record;
    @MockitoBean
    RevealRegistrantContactUseCase reveal;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
    }

    @Test
    void organisersAndSupervisorsSeeTheRegistrationsWithContactsMasked() throws Exception {
        given(hearings.hearing(any(), any())).willReturn(SampleParticipation.staffHearing());

        mvc.perform(get(HEARING).with(as(SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.registrations[0].name").value("李*"))
                .andExpect(jsonPath("$.registrations[0].phone").value("139****5678"))
                .andExpect(jsonPath("$.registrations[0].selected").value(true))
                .andExpect(jsonPath("$.hearing.stage").value("REPRESENTATIVES_SELECTED"));
        mvc.perform(get(HEARING).with(as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(get(HEARING)).andExpect(status().isUnauthorized());
    }

    @Test
    void theRepresentativesAreSelectedByRegistrationIdInOrder() throws Exception {
        given(select.selectRepresentatives(any())).willReturn(
                SampleParticipation.hearing(HearingStage.REPRESENTATIVES_SELECTED));

        mvc.perform(post(HEARING + "/representatives").with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"registrationIds\": [\"" + SampleParticipation.REGISTRATION + "\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.representatives[0]").value("李*"));

        ArgumentCaptor<SelectRepresentativesCommand> command = ArgumentCaptor.forClass(
                SelectRepresentativesCommand.class);
        verify(select).selectRepresentatives(command.capture());
        assertThat(command.getValue().registrations())
                .containsExactly(new RegistrationId(SampleParticipation.REGISTRATION));
    }

    @Test
    void materialsTooLateAreUnprocessableWithTheEarliestDayTheyWouldFit() throws Exception {
        given(provide.provideMaterials(any())).willThrow(HearingNoticePeriodNotKept.materials(
                LocalDate.of(2026, 10, 10), 7, LocalDate.of(2026, 10, 11)));

        mvc.perform(post(HEARING + "/materials").with(as(APPROVER)).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"materials\": [{\"title\": \"草案\", \"content\": \"全文\"}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("participation.hearing-materials-too-late"))
                .andExpect(jsonPath("$.detail").value("The materials must reach the participants at least 7 days "
                        + "before the hearing on 2026-10-10: sent today, they fit a hearing on 2026-10-11 at the soonest."));
    }

    @Test
    void minutesBeforeTheHearingDayAreAConflict() throws Exception {
        given(record.recordMinutes(any())).willThrow(new HearingNotHeldYet(LocalDate.of(2026, 10, 10)));

        mvc.perform(post(HEARING + "/minutes").with(as(APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"笔录\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("participation.hearing-not-held-yet"));
    }

    @Test
    void supervisorsDoNotRunHearingsButMaySeeARegistrantsContact() throws Exception {
        mvc.perform(post(HEARING + "/minutes").with(as(SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"笔录\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(record);

        mvc.perform(post(HEARING + "/registrations/" + SampleParticipation.REGISTRATION + "/contact")
                .with(as(SUPERVISOR)))
                .andExpect(status().isOk());
        verify(reveal).revealRegistrant(any(), any(), any());
    }
}
