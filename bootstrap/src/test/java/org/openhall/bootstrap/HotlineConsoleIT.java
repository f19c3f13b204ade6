package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The hotline console on the whole application: a call from an applicant's phone pops up their open
 * case and tickets, the operator opens a ticket from the call, and the call-centre system's hang-up
 * completes the record that the ticket's call references.
 */
class HotlineConsoleIT extends OpenHallIT {

    private static final HttpClient CTI = HttpClient.newHttpClient();

    /** Posts one event as the call-centre system does: its token, no staff sign-in. */
    private int cti(String json, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/hotline/cti/events"))
                .header("Content-Type", "application/json").header("X-OpenHall-Cti-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            return CTI.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCallFromAnApplicantPopsTheirCaseAndTheTicketOpenedFromItKeepsTheCallRecord() {
        today("2026-03-02T10:00:00");
        // A phone of its own, so that other tests' cases do not crowd this one off the screen-pop.
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Reply submitted = post(CLERK_SCJG, "/api/v1/cases", """
                {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"%s","phone":"%s"},"materials":[]}"""
                .formatted(VALID_ID, phone));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String caseNumber = submitted.json().path("number").asString();
        String callId = "it-" + UUID.randomUUID();

        // The call-centre system reports the ring; the operator's console answers and gets the screen-pop.
        assertThat(cti("""
                {"event":"RINGING","callId":"%s","caller":"0%s","occurredAt":"2026-03-02T10:00:00+08:00"}
                """.formatted(callId, phone), CTI_TOKEN)).isEqualTo(200);
        today("2026-03-02T10:00:07");
        Reply answered = post(HOTLINE_OPERATOR, "/api/v1/hotline/calls/events",
                "{\"type\":\"ANSWERED\",\"callId\":\"%s\"}".formatted(callId));
        assertThat(answered.status()).isEqualTo(200);
        JsonNode pop = answered.json();
        assertThat(pop.path("call").path("callerNumber").asString())
                .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(pop.path("call").path("agent").asString()).isEqualTo("hotline.op");
        JsonNode theCase = null;
        for (JsonNode c : pop.path("openCases")) {
            if (c.path("number").asString().equals(caseNumber)) {
                theCase = c;
            }
        }
        assertThat(theCase).as("the caller's case is on the screen-pop").isNotNull();
        assertThat(theCase.path("applicantName").asString()).isEqualTo("张*");
        assertThat(theCase.toString()).doesNotContain(phone, VALID_ID);

        // The operator opens a ticket from the call; the screen-pop now lists it among the open tickets.
        Reply ticket = post(HOTLINE_OPERATOR, "/api/v1/hotline/calls/" + callId + "/ticket", """
                {"ticketClass":"complaint","callerName":"张三","subject":"窗口办理慢",
                 "description":"来电反映食品经营许可办理进度慢","relatedCaseNumber":"%s"}""".formatted(caseNumber));
        assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
        String ticketId = ticket.json().path("id").asString();
        Reply popAgain = get(HOTLINE_OPERATOR, "/api/v1/hotline/calls/" + callId + "/screen-pop");
        List<String> openTickets = new ArrayList<>();
        popAgain.json().path("openTickets").forEach(t -> openTickets.add(t.path("id").asString()));
        assertThat(openTickets).contains(ticketId);

        // The hang-up with the recording completes the record the ticket's call refers to.
        assertThat(cti("""
                {"event":"HUNG_UP","callId":"%s","occurredAt":"2026-03-02T10:03:07+08:00","recording":"rec/%s.wav"}
                """.formatted(callId, callId), CTI_TOKEN)).isEqualTo(200);
        JsonNode call = get(SUPERVISOR, "/api/v1/hotline/calls/" + callId).json();
        assertThat(call.path("state").asString()).isEqualTo("ENDED");
        assertThat(call.path("ticketId").asString()).isEqualTo(ticketId);
        assertThat(call.path("talkSeconds").asLong()).isEqualTo(180);
        assertThat(call.path("recording").asString()).isEqualTo("rec/" + callId + ".wav");

        Reply second = post(HOTLINE_OPERATOR, "/api/v1/hotline/calls/" + callId + "/ticket",
                "{\"ticketClass\":\"complaint\",\"subject\":\"s\",\"description\":\"d\"}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("hotline.call-has-ticket");
    }

    @Test
    void onlyTheCallCentreSystemWithItsTokenAndOperatorsReachTheHotline() {
        String callId = "it-" + UUID.randomUUID();
        String ring = "{\"event\":\"RINGING\",\"callId\":\"%s\",\"occurredAt\":\"2026-03-02T10:00:00+08:00\"}"
                .formatted(callId);

        assertThat(cti(ring, "guessed")).isEqualTo(403);
        assertThat(get(HOTLINE_OPERATOR, "/api/v1/hotline/calls/" + callId).status()).isEqualTo(404);
        assertThat(post(CLERK_SCJG, "/api/v1/hotline/calls/events",
                "{\"type\":\"RINGING\",\"callId\":\"%s\"}".formatted(callId)).status()).isEqualTo(403);
        assertThat(cti(ring, CTI_TOKEN)).isEqualTo(200);
        Reply withheld = get(HOTLINE_OPERATOR, "/api/v1/hotline/calls/" + callId + "/screen-pop");
        assertThat(withheld.json().path("openCases")).isEmpty();
        assertThat(withheld.json().path("openTickets")).isEmpty();
    }
}
