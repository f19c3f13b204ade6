package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openhall.shared.application.port.in.CountyParameters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Heshan demo pack is imported on the first start, and the API describes itself. */
class DemoPackIT extends OpenHallIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CountyParameters parameters;

    @Test
    void theCatalogIsPublicAndHoldsTheDemoItems() {
        Reply items = get(null, "/api/v1/items?size=20");
        assertThat(items.status()).isEqualTo(200);
        assertThat(items.json().path("totalElements").asLong()).isEqualTo(56);
        Reply food = get(null, "/api/v1/items/SCJG-001");
        assertThat(food.json().path("name").asString()).isEqualTo("食品经营许可");
        assertThat(food.json().path("legalBasis").asString()).contains("食品安全法");
    }

    @Test
    void theNetworkHasTheCityCentreThreeTownshipsAndTheirThirtyVillages() {
        Reply halls = get(null, "/api/v1/halls");
        assertThat(halls.status()).isEqualTo(200);
        long city = 0;
        long townships = 0;
        long villages = 0;
        for (var h : halls.json()) {
            switch (h.path("level").asString()) {
                case "CITY" -> city++;
                case "TOWNSHIP" -> townships++;
                case "VILLAGE" -> villages++;
                default -> throw new AssertionError(h);
            }
        }
        assertThat(city).isEqualTo(1);
        assertThat(townships).isEqualTo(3);
        assertThat(villages).isEqualTo(30);
        assertThat(halls.body()).contains("岭南镇政务服务中心", "羊樟村政务服务站");
    }

    @Test
    void theCityCentreHasTwentyWindowsAndEachTownshipAGeneralWindowTwentyThreeInAll() {
        Reply windows = get(null, "/api/v1/windows");
        assertThat(windows.status()).isEqualTo(200);
        // Other tests of this application add windows of their own; the pack's are coded after their hall.
        assertThat(windows.json().valueStream().filter(w -> w.path("code").asString().startsWith("HS-"))).hasSize(23);
        assertThat(get(null, "/api/v1/windows?hall=HS-CITY").json().valueStream()
                .filter(w -> w.path("code").asString().startsWith("HS-CITY-W"))).hasSize(20);
        assertThat(get(null, "/api/v1/windows?hall=HS-LN").json().size()).isEqualTo(1);
    }

    @Test
    void theReadmeUsersSignInWithTheirDemoPasswords() {
        for (String user : new String[] { CLERK_SCJG, CLERK_WSJK, "clerk.zjj:demo-Clerk-2026", APPROVER_SCJG, SUPERVISOR,
                "admin:demo-Admin-2026", "catalog.admin:demo-Catalog-2026" }) {
            assertThat(get(user, "/api/v1/cases").status()).as(user).isNotEqualTo(401);
        }
        assertThat(get("catalog.admin:wrong-password", "/api/v1/cases").status()).isEqualTo(401);
    }

    @Test
    void theRuleParametersAreStoredForOtherContexts() {
        assertThat(parameters.get("sms.signature")).contains("【合山市政务服务中心】");
        assertThat(parameters.get("hotline.class.complaint.working-days")).contains("5");
    }

    @Test
    void bothCalendarYearsAreLoaded() {
        Integer years = jdbc.queryForObject("select count(distinct extract(year from day)) from calendar_day",
                Integer.class);
        assertThat(years).isEqualTo(2);
    }

    @Test
    void theOpenApiDocumentDescribesTheCaseEndpoints() {
        Reply api = get(null, "/v3/api-docs");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("/api/v1/cases", "/api/v1/items");
    }
}
