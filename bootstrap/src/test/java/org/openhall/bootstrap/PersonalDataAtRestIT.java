package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.notification.application.port.out.SmsSuppressionRepository;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Personal data at rest and on the way out: a dump of the database holds no ID or phone number in
 * plain text, staff see them masked, the full values only through the audited reveal (never cached),
 * and what depends on the plain values (public tracking by the last four digits, the SMS suppression
 * list) keeps working.
 */
class PersonalDataAtRestIT extends PersonalDataSteps {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SmsSuppressionRepository suppressions;

    @Test
    void aDumpOfTheDatabaseContainsNoKnownIdOrPhoneNumber() throws Exception {
        Stored s = stored();
        String dump = pgDump();

        // The dump does hold the data (the case number, the names), only the numbers are sealed.
        assertThat(dump).contains(s.caseNumber()).contains("韦小宝").contains("pd1:aes:first:");
        for (String value : KNOWN_VALUES) {
            assertThat(dump).as("a dump must not contain %s", value).doesNotContain(value);
        }
    }

    @Test
    void noTableHoldsAKnownIdOrPhoneNumberInAnyColumn() {
        stored();
        List<String> tables = jdbc.sql("""
                SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
                WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
                """).query(String.class).list();
        assertThat(tables).contains("public.service_case", "public.sms_notice", "public.event_publication");
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            // A whole row as text covers every column, JSON documents and arrays included.
            for (String value : KNOWN_VALUES) {
                long rows = jdbc.sql("SELECT count(*) FROM " + table + " t WHERE strpos(t::text, :v) > 0")
                        .param("v", value).query(Long.class).single();
                if (rows > 0) {
                    found.add(table + " holds " + value);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aDumpHoldsNoSecondFactorSecretNeitherFromThePackNorFromAnEnrolment() throws Exception {
        stored();
        // An account enrols afresh, as after a reset: the secret is answered once, then only kept sealed.
        jdbc.sql("DELETE FROM staff_second_factor WHERE username = 'clerk.nync.b'").update();
        Reply begun = post(null, "/api/v1/auth/second-factor/enrolment",
                "{\"username\":\"clerk.nync.b\",\"password\":\"demo-Clerk-2026\"}");
        assertThat(begun.status()).as(begun.body()).isEqualTo(200);
        String enrolled = begun.json().path("secret").asString();
        assertThat(enrolled).matches("[A-Z2-7]{32,}");

        assertThat(jdbc.sql("SELECT secret FROM staff_second_factor WHERE username = 'clerk.nync.b'")
                .query(String.class).single()).startsWith("pd1:aes:first:");
        String dump = pgDump();
        assertThat(dump).doesNotContain(enrolled);
        assertThat(DemoSignIn.packSecrets()).isNotEmpty();
        DemoSignIn.packSecrets().forEach((username, secret) -> assertThat(dump)
                .as("a dump must not contain the second-factor secret of %s", username).doesNotContain(secret.base32()));
    }

    @Test
    void staffSeeTheApplicantAndAgentMaskedAndTheFullValuesOnlyThroughTheReveal() {
        Stored s = stored();
        Reply view = get(CLERK_SCJG, "/api/v1/cases/" + s.caseId());
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).doesNotContain(APPLICANT_ID, APPLICANT_PHONE, AGENT_ID, AGENT_PHONE);
        assertThat(view.json().path("applicant").path("idNumber").asString())
                .isEqualTo(new ResidentIdNumber(APPLICANT_ID).masked());
        assertThat(view.json().path("applicant").path("phone").asString()).isEqualTo("139****0001");
        assertThat(view.json().path("agent").path("phone").asString()).isEqualTo("139****0002");

        Reply reveal = post(CLERK_SCJG, "/api/v1/cases/" + s.caseId() + "/applicant/reveal", null);
        assertThat(reveal.status()).as(reveal.body()).isEqualTo(200);
        assertThat(reveal.cacheControl()).isEqualTo("no-store");
        assertThat(reveal.json().path("applicant").path("idNumber").asString()).isEqualTo(APPLICANT_ID);
        assertThat(reveal.json().path("applicant").path("phone").asString()).isEqualTo(APPLICANT_PHONE);
        assertThat(reveal.json().path("agent").path("idNumber").asString()).isEqualTo(AGENT_ID);
        assertThat(reveal.json().path("agent").path("phone").asString()).isEqualTo(AGENT_PHONE);

        assertThat(post(SUPERVISOR, "/api/v1/cases/" + s.caseId() + "/applicant/reveal", null).status())
                .isEqualTo(200);
        Reply otherDepartment = post(CLERK_WSJK, "/api/v1/cases/" + s.caseId() + "/applicant/reveal", null);
        assertThat(otherDepartment.status()).isEqualTo(403);
        assertThat(otherDepartment.body()).doesNotContain(APPLICANT_ID);
    }

    @Test
    void staffFindAnApplicantsCasesByExactIdOrPhoneNumberWithinTheirDepartment() {
        Stored s = stored();
        Reply byPhone = post(CLERK_SCJG, "/api/v1/cases/search", "{\"applicantPhone\":\"+86 139 7711 0001\"}");
        assertThat(byPhone.status()).as(byPhone.body()).isEqualTo(200);
        assertThat(byPhone.cacheControl()).isEqualTo("no-store");
        assertThat(byPhone.json().path("content").size()).isEqualTo(1);
        assertThat(byPhone.json().path("content").get(0).path("number").asString()).isEqualTo(s.caseNumber());
        assertThat(byPhone.body()).doesNotContain(APPLICANT_PHONE, APPLICANT_ID);

        Reply byId = post(SUPERVISOR, "/api/v1/cases/search",
                "{\"applicantIdNumber\":\"%s\"}".formatted(APPLICANT_ID.toLowerCase()));
        assertThat(byId.json().path("content").size()).isEqualTo(1);
        Reply agentIsNoApplicant = post(SUPERVISOR, "/api/v1/cases/search",
                "{\"applicantIdNumber\":\"%s\"}".formatted(AGENT_ID));
        assertThat(agentIsNoApplicant.json().path("content").size()).isZero();
        Reply otherDepartment = post(CLERK_WSJK, "/api/v1/cases/search",
                "{\"applicantPhone\":\"%s\"}".formatted(APPLICANT_PHONE));
        assertThat(otherDepartment.json().path("content").size()).isZero();

        Reply nothingGiven = post(CLERK_SCJG, "/api/v1/cases/search", "{}");
        assertThat(nothingGiven.status()).isEqualTo(400);
        assertThat(nothingGiven.code()).isEqualTo("value.invalid");
    }

    @Test
    void whatNeedsThePlainValuesStillWorksOnTheSealedOnes() {
        Stored s = stored();
        String track = "/api/v1/public/cases/" + s.caseNumber() + "/track?check=";
        assertThat(get(null, track + APPLICANT_PHONE.substring(7)).status()).isEqualTo(200);
        assertThat(get(null, track + APPLICANT_ID.substring(14)).status()).isEqualTo(200);
        assertThat(get(null, track + "9999").status()).isEqualTo(404);

        assertThat(get(null, "/api/v1/public/pre-applications/" + s.preApplicationReference() + "?phoneLastFour="
                + PRE_APPLICANT_PHONE.substring(7)).status()).isEqualTo(200);

        // The suppression list is found by the blind index of the number, in any spelling of it.
        assertThat(suppressions.isSuppressed(SUPPRESSED_PHONE)).isTrue();
        assertThat(suppressions.isSuppressed("+86 139 7711 0005")).isTrue();
        assertThat(suppressions.isSuppressed(ENQUIRER_PHONE)).isFalse();
    }

    /** {@code pg_dump} of this test's database, as an operator's backup would be. */
    private static String pgDump() throws IOException, InterruptedException {
        URI url = URI.create(OWN_DATABASE.jdbcUrl().substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder("pg_dump", "--no-owner", "-h", url.getHost(), "-p",
                String.valueOf(url.getPort()), "-U", OWN_DATABASE.username(), url.getPath().substring(1));
        builder.environment().put("PGPASSWORD", OWN_DATABASE.password());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }
}
