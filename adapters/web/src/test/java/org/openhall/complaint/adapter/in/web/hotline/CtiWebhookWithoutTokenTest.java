package org.openhall.complaint.adapter.in.web.hotline;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openhall.complaint.application.port.in.ReceiveCallEventUseCase;
import org.openhall.network.application.port.in.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** An installation without a CTI token has no webhook at all: not even an empty token opens it. */
@WebMvcTest(CtiWebhookController.class)
class CtiWebhookWithoutTokenTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReceiveCallEventUseCase events;
    @MockitoBean
    StaffDirectory staff;

    @Test
    void theWebhookDoesNotExist() throws Exception {
        mvc.perform(post("/api/v1/hotline/cti/events").header("X-OpenHall-Cti-Token", "")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"event\":\"RINGING\",\"callId\":\"c-1\",\"occurredAt\":\"2026-03-02T10:00:00+08:00\"}"))
                .andExpect(status().isNotFound());
        verifyNoInteractions(events);
    }
}
