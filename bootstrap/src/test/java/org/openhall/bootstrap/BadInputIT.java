package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Bad input gets a clear problem+json answer, and nothing is written. */
class BadInputIT extends OpenHallIT {

    @Test
    void anUnknownItemIs404WithAStableCode() {
        Reply r = post(CLERK_SCJG, "/api/v1/cases", """
                {"itemCode":"NOPE-999","applicant":{"name":"张三","idNumber":"%s","phone":"13800138000"},
                 "materials":[]}""".formatted(VALID_ID));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo("item.not-found");
    }

    @Test
    void malformedJsonIs400() {
        Reply r = post(CLERK_SCJG, "/api/v1/cases", "{\"itemCode\": \"SCJG-001\", ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aMissingFieldIs400AndNamesTheField() {
        Reply r = post(CLERK_SCJG, "/api/v1/cases", "{\"applicant\":{\"name\":\"张三\",\"idNumber\":\"" + VALID_ID
                + "\",\"phone\":\"13800138000\"},\"materials\":[]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("itemCode");
    }

    @Test
    void anIdNumberWithAWrongCheckDigitIs400() {
        Reply r = post(CLERK_SCJG, "/api/v1/cases", """
                {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"110105194912310021","phone":"13800138000"},
                 "materials":[]}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void completingACaseThatWasNeverAcceptedIs409AndChangesNothing() {
        today("2026-03-05T09:00:00");
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        JsonNode before = get(CLERK_SCJG, "/api/v1/cases/" + id).json();

        Reply r = post(CLERK_SCJG, "/api/v1/cases/" + id + "/completion", "{\"note\":\"x\"}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("case.not-in-expected-state");

        JsonNode after = get(CLERK_SCJG, "/api/v1/cases/" + id).json();
        assertThat(after.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(after.path("version").asLong()).isEqualTo(before.path("version").asLong());
        assertThat(get(CLERK_SCJG, "/api/v1/cases/" + id + "/history").json().path("transitions").size()).isEqualTo(1);
    }

    @Test
    void acceptingWithMandatoryMaterialsMissingIs422AndNamesThem() {
        today("2026-03-05T09:00:00");
        String id = submitFoodLicence("APP");
        Reply r = post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("case.materials-incomplete");
        assertThat(r.body()).contains("LICENCE", "LAYOUT", "RULES");
        assertThat(get(CLERK_SCJG, "/api/v1/cases/" + id).json().path("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void messagesFollowAcceptLanguage() {
        String unknown = "/api/v1/cases/00000000-0000-0000-0000-000000000000";
        Reply zh = send(CLERK_SCJG, "GET", unknown, null, "zh-CN");
        Reply en = send(CLERK_SCJG, "GET", unknown, null, "en");
        assertThat(zh.status()).isEqualTo(404);
        assertThat(en.status()).isEqualTo(404);
        assertThat(zh.code()).isEqualTo(en.code());
        assertThat(zh.json().path("detail").asString()).isNotEqualTo(en.json().path("detail").asString())
                .matches(s -> s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
    }

    @Test
    void aPathThatIsNoCaseIdIs400AndWithoutCredentials401() {
        assertThat(get(CLERK_SCJG, "/api/v1/cases/not-a-uuid").status()).isEqualTo(400);
        Reply anonymous = get(null, "/api/v1/cases");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }
}
