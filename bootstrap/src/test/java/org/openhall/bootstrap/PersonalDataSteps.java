package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the personal-data ITs share: a database of their own (the key rotation re-seals every row of
 * it), keys configured like an installation's (random per run, the demo keys switched off), and one
 * set of people stored once through the HTTP API: a case with a village agent and its SMS notice, a
 * pre-application, a consultation, an entry on the SMS suppression list, a complaint ticket followed up
 * (its event is stored by the event publication registry) and a hotline call.
 */
@ContextConfiguration(initializers = PersonalDataSteps.OwnDatabase.class)
abstract class PersonalDataSteps extends OpenHallIT {

    static final RunningDatabase OWN_DATABASE = SeparateDatabase.start("personal-data");
    static final String FIRST_KEY = randomKey();
    static final String INDEX_KEY = randomKey();

    static final String APPLICANT_ID = withCheck("45048119900612371");
    static final String AGENT_ID = withCheck("45048119851103552");
    static final String PRE_APPLICANT_ID = withCheck("45048119770228113");
    static final String APPLICANT_PHONE = "13977110001";
    static final String AGENT_PHONE = "13977110002";
    static final String ENQUIRER_PHONE = "13977110003";
    static final String PRE_APPLICANT_PHONE = "13977110004";
    static final String SUPPRESSED_PHONE = "13977110005";
    static final String TICKET_CALLER_PHONE = "13977110006";
    static final String HOTLINE_CALLER_PHONE = "13977110007";

    /** Every ID and phone number the steps store: none may appear in the database in plain text. */
    static final List<String> KNOWN_VALUES = List.of(APPLICANT_ID, AGENT_ID, PRE_APPLICANT_ID, APPLICANT_PHONE,
            AGENT_PHONE, ENQUIRER_PHONE, PRE_APPLICANT_PHONE, SUPPRESSED_PHONE, TICKET_CALLER_PHONE,
            HOTLINE_CALLER_PHONE);

    private static Stored stored;

    /** Points the context at the personal-data tests' own database. */
    static final class OwnDatabase extends SeparateDatabase {

        @Override
        RunningDatabase database() {
            return OWN_DATABASE;
        }
    }

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("openhall.personal-data.algorithm", () -> "AES-GCM");
        registry.add("openhall.personal-data.active-key", () -> "first");
        registry.add("openhall.personal-data.keys.first", () -> FIRST_KEY);
        registry.add("openhall.personal-data.index-key", () -> INDEX_KEY);
        registry.add("openhall.personal-data.allow-demo-keys", () -> "false");
    }

    /** What the steps stored. */
    record Stored(String caseId, String caseNumber, String preApplicationReference) {
    }

    /** Stores the people once per run, through the API as staff and citizens would. */
    Stored stored() {
        if (stored == null) {
            stored = store();
        }
        return stored;
    }

    private Stored store() {
        Reply submitted = post(CLERK_SCJG, "/api/v1/cases", """
                {"itemCode":"SCJG-001","applicant":{"name":"韦小宝","idNumber":"%s","phone":"%s"},
                 "materials":["APP","LICENCE","LAYOUT","RULES"],"channel":"AGENT",
                 "agent":{"name":"蓝代办","idNumber":"%s","phone":"%s","stationCode":"HS-CUN-07"}}"""
                .formatted(APPLICANT_ID, APPLICANT_PHONE, AGENT_ID, AGENT_PHONE));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().path("id").asString();
        String number = submitted.json().path("number").asString();
        Reply accepted = post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        // The acceptance notice is made by an asynchronous listener after the commit.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Reply notices = get(SUPERVISOR, "/api/v1/notifications?caseNumber=" + number);
            assertThat(notices.json().path("content").size()).isPositive();
        });

        Reply preApplication = post(null, "/api/v1/public/pre-applications", """
                {"itemCode":"SCJG-001","applicant":{"name":"覃三妹","idNumber":"%s","phone":"%s"},
                 "materials":["APP"]}""".formatted(PRE_APPLICANT_ID, PRE_APPLICANT_PHONE));
        assertThat(preApplication.status()).as(preApplication.body()).isEqualTo(201);

        Reply consultation = post(CLERK_SCJG, "/api/v1/consultations", """
                {"channel":"PHONE","enquirer":{"name":"黄阿婆","phone":"%s"},
                 "question":"办食品经营许可要带什么材料？","itemCode":"SCJG-001"}""".formatted(ENQUIRER_PHONE));
        assertThat(consultation.status()).as(consultation.body()).isEqualTo(201);

        Reply suppression = post(SUPERVISOR, "/api/v1/notifications/suppressions",
                "{\"phone\":\"%s\",\"reason\":\"本人要求退订\"}".formatted(SUPPRESSED_PHONE));
        assertThat(suppression.status()).as(suppression.body()).isBetween(200, 204);

        Reply ticket = post(HOTLINE_OPERATOR, "/api/v1/tickets", """
                {"channel":"HOTLINE","ticketClass":"complaint","callerName":"莫大姐","callerPhone":"%s",
                 "subject":"窗口排队久","description":"来电反映取号后等候时间长"}""".formatted(TICKET_CALLER_PHONE));
        assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
        followUp(ticket.json().path("id").asString(), ticket.json().path("number").asString());
        Reply call = post(HOTLINE_OPERATOR, "/api/v1/hotline/calls/events",
                "{\"type\":\"RINGING\",\"callId\":\"pd-%s\",\"callerNumber\":\"%s\"}"
                        .formatted(id, HOTLINE_CALLER_PHONE));
        assertThat(call.status()).as(call.body()).isEqualTo(200);
        return new Stored(id, number, preApplication.json().path("reference").asString());
    }

    /**
     * Takes the ticket through to its follow-up call (回访), whose event the publication registry
     * stores, and waits until the rating side made it ratable: the event must have done its work
     * without the caller's phone in it.
     */
    private void followUp(String ticketId, String ticketNumber) {
        String path = "/api/v1/tickets/" + ticketId;
        assertThat(post(SUPERVISOR, path + "/dispatch", "{\"department\":\"SCJG\"}").status()).isEqualTo(200);
        assertThat(post(APPROVER_SCJG, path + "/sign-in", null).status()).isEqualTo(200);
        assertThat(post(APPROVER_SCJG, path + "/reply", "{\"text\":\"已增开窗口\"}").status()).isEqualTo(200);
        assertThat(post(SUPERVISOR, path + "/completion", null).status()).isEqualTo(200);
        Reply followedUp = post(HOTLINE_OPERATOR, path + "/follow-up", "{\"satisfaction\":\"SATISFIED\"}");
        assertThat(followedUp.status()).as(followedUp.body()).isEqualTo(200);
        String rating = "{\"kind\":\"TICKET\",\"number\":\"%s\",\"channel\":\"HOTLINE\",\"level\":5}"
                .formatted(ticketNumber);
        await().atMost(Duration.ofSeconds(30)).until(() -> post(SUPERVISOR, "/api/v1/ratings", rating).status() == 201);
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
