package org.openhall.complaint.adapter.in.web.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhall.complaint.application.port.in.CallEventCommand;
import org.openhall.complaint.application.port.in.HotlineCallView;
import org.openhall.complaint.application.port.in.ReceiveCallEventUseCase;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.domain.InvalidValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The call-centre system's webhook: its token instead of a sign-in, its events into the port. */
@WebMvcTest(controllers = CtiWebhookController.class, properties = "openhall.telephony.cti.token=cti-Secret-7")
class CtiWebhookControllerTest {

    private static final String EVENTS = "/api/v1/hotline/cti/events";
    private static final String HUNG_UP = """
            {"event":"HUNG_UP","callId":"1772416800.42","occurredAt":"2026-03-02T10:03:08+08:00",
             "recording":"monitor/2026/03/02/1772416800.42.wav"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReceiveCallEventUseCase events;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
    }

    @Test
    void anEventWithTheTokenReachesThePortWithTheSystemSTime() throws Exception {
        given(events.receive(any())).willReturn(new HotlineCallView("1772416800.42", "138****8000", "ENDED",
                "hotline.op1", Instant.parse("2026-03-02T02:00:00Z"), Instant.parse("2026-03-02T02:00:08Z"),
                Instant.parse("2026-03-02T02:03:08Z"), 180L, "monitor/2026/03/02/1772416800.42.wav", null, 3));

        mvc.perform(post(EVENTS).header("X-OpenHall-Cti-Token", "cti-Secret-7")
                .contentType(MediaType.APPLICATION_JSON).content(HUNG_UP))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ENDED"))
                .andExpect(jsonPath("$.talkSeconds").value(180));

        ArgumentCaptor<CallEventCommand> sent = ArgumentCaptor.forClass(CallEventCommand.class);
        verify(events).receive(sent.capture());
        assertThat(sent.getValue()).isEqualTo(new CallEventCommand("HUNG_UP", "1772416800.42", null, null,
                Instant.parse("2026-03-02T02:03:08Z"), "monitor/2026/03/02/1772416800.42.wav"));
    }

    @Test
    void withoutTheRightTokenNothingIsRecorded() throws Exception {
        mvc.perform(post(EVENTS).header("X-OpenHall-Cti-Token", "guess").contentType(MediaType.APPLICATION_JSON)
                .content(HUNG_UP))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("hotline.cti-token-invalid"));
        mvc.perform(post(EVENTS).contentType(MediaType.APPLICATION_JSON).content(HUNG_UP))
                .andExpect(status().isForbidden());
        verifyNoInteractions(events);
    }

    @Test
    void aMalformedEventIsABadRequest() throws Exception {
        given(events.receive(any())).willThrow(new InvalidValue("type", "must be RINGING, ANSWERED or HUNG_UP"));

        mvc.perform(post(EVENTS).header("X-OpenHall-Cti-Token", "cti-Secret-7")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"event\":\"PARKED\",\"callId\":\"c-1\",\"occurredAt\":\"2026-03-02T10:03:08+08:00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("value.invalid"));
        mvc.perform(post(EVENTS).header("X-OpenHall-Cti-Token", "cti-Secret-7")
                .contentType(MediaType.APPLICATION_JSON).content("{\"event\":\"RINGING\",\"callId\":\"c-1\"}"))
                .andExpect(status().isBadRequest());
    }
}
