package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * What the SMS ITs do through the HTTP API: accept cases for a given phone, read the notices back.
 * They run on a database of their own: hundreds of cases would crowd other tests' first pages.
 */
@ContextConfiguration(initializers = SmsNoticeSteps.OwnDatabase.class)
abstract class SmsNoticeSteps extends OpenHallIT {

    private static final RunningDatabase OWN_DATABASE = SeparateDatabase.start("sms");

    /** Points the context at the SMS tests' own database. */
    static final class OwnDatabase extends SeparateDatabase {

        @Override
        RunningDatabase database() {
            return OWN_DATABASE;
        }
    }

    /** A case as the tests need it: its id and its number. */
    record AcceptedCase(String id, String number) {
    }

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Test
    void theSmsTestsRunOnADatabaseOfTheirOwn() {
        assertThat(databaseUrl).isEqualTo(OWN_DATABASE.jdbcUrl()).isNotEqualTo(PostgresTestDatabase.jdbcUrl());
    }

    /** Submits a complete food licence application for {@code phone} and accepts it; returns the case number. */
    String acceptedCaseFor(String phone) {
        return acceptCase(phone).number();
    }

    /** Submits a complete food licence application for {@code phone} and accepts it. */
    AcceptedCase acceptCase(String phone) {
        Reply submitted = post(CLERK_SCJG, "/api/v1/cases", """
                {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"%s","phone":"%s"},
                 "materials":["APP","LICENCE","LAYOUT","RULES"]}""".formatted(VALID_ID, phone));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().path("id").asString();
        Reply accepted = post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String number = submitted.json().path("number").asString();
        awaitNotice(number);
        return new AcceptedCase(id, number);
    }

    /**
     * Waits until the case's notice exists: the listener runs asynchronously after the acceptance
     * committed (Spring Modulith enables {@code @Async} for {@code @ApplicationModuleListener}s).
     */
    void awaitNotice(String caseNumber) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(noticesOf(caseNumber)).isNotEmpty());
    }

    /** The notices of one case as a supervisor sees them. */
    List<JsonNode> noticesOf(String caseNumber) {
        Reply r = get(SUPERVISOR, "/api/v1/notifications?caseNumber=" + caseNumber);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        r.json().path("content").forEach(list::add);
        return list;
    }

    JsonNode onlyNoticeOf(String caseNumber) {
        List<JsonNode> notices = noticesOf(caseNumber);
        assertThat(notices).as("notices of " + caseNumber).hasSize(1);
        return notices.get(0);
    }

    /** Asserts the state of the case's only notice; a failure shows the whole notice (its last error). */
    void assertState(String caseNumber, String state) {
        JsonNode notice = onlyNoticeOf(caseNumber);
        assertThat(notice.path("state").asString()).as(notice.toString()).isEqualTo(state);
    }
}
